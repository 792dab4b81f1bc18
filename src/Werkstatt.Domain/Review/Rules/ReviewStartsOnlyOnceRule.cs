using Werkstatt.Domain.Common;
using Werkstatt.Domain.Cycle;

namespace Werkstatt.Domain.Review.Rules;

/// <summary>Starting the review moves a waiting submission to in review; it is not started twice.</summary>
public sealed class ReviewStartsOnlyOnceRule(ReviewState state) : IBusinessRule
{
    public string Message => "Die Prüfung dieser Einreichung läuft bereits.";

    public bool IsBroken() => state == ReviewState.InReview;
}
