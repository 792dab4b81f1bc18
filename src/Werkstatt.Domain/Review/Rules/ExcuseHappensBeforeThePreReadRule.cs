using Werkstatt.Domain.Common;
using Werkstatt.Domain.Cycle;

namespace Werkstatt.Domain.Review.Rules;

/// <summary>The coordinator excuses a member while models are expected, at the latest in the quality review.</summary>
public sealed class ExcuseHappensBeforeThePreReadRule(Phase phase) : IBusinessRule
{
    public string Message => "Entschuldigen ist nur während der Modellierung und der Qualitätssicherung möglich.";

    public bool IsBroken() => phase is not (Phase.Modelling or Phase.QualityReview);
}
