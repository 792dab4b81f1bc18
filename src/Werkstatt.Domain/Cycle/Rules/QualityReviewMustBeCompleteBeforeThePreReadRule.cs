using Werkstatt.Domain.Common;

namespace Werkstatt.Domain.Cycle.Rules;

/// <summary>The quality review ends only when every assigned submission is approved or excused by the coordinator.</summary>
public sealed class QualityReviewMustBeCompleteBeforeThePreReadRule(CycleFacts facts) : IBusinessRule
{
    public string Message => facts.OpenSubmissions == 1
        ? "Eine Einreichung ist noch nicht freigegeben oder entschuldigt. Bitte zuerst alle Einreichungen prüfen."
        : $"{facts.OpenSubmissions} Einreichungen sind noch nicht freigegeben oder entschuldigt. Bitte zuerst alle Einreichungen prüfen.";

    public bool IsBroken() => facts.OpenSubmissions > 0;
}
