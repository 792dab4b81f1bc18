using Werkstatt.Domain.Common;
using Werkstatt.Domain.Cycle;

namespace Werkstatt.Domain.Review.Rules;

/// <summary>A rework request says what to change: at least one comment.</summary>
public sealed class ReworkNeedsACommentRule(int comments) : IBusinessRule
{
    public string Message => "Bitte mindestens einen Kommentar angeben, was überarbeitet werden soll.";

    public bool IsBroken() => comments == 0;
}
