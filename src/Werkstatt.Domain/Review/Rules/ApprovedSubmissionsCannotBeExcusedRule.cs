using Werkstatt.Domain.Common;
using Werkstatt.Domain.Cycle;

namespace Werkstatt.Domain.Review.Rules;

/// <summary>An approved submission is done; excusing it would hide the approval, and excusing twice changes nothing.</summary>
public sealed class ApprovedSubmissionsCannotBeExcusedRule(ReviewState state) : IBusinessRule
{
    public string Message => state == ReviewState.Approved ? "Die Einreichung ist bereits freigegeben." : "Die Einreichung ist bereits entschuldigt.";

    public bool IsBroken() => state.IsDone();
}
