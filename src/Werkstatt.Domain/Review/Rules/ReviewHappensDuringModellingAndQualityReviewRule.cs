using Werkstatt.Domain.Common;
using Werkstatt.Domain.Cycle;

namespace Werkstatt.Domain.Review.Rules;

/// <summary>Reviewers decide while the models come in and in the quality review phase, not afterwards.</summary>
public sealed class ReviewHappensDuringModellingAndQualityReviewRule(Phase phase) : IBusinessRule
{
    public string Message => "Prüfen, freigeben und Überarbeitung anfordern ist nur während der Modellierung und der Qualitätssicherung möglich.";

    public bool IsBroken() => phase is not (Phase.Modelling or Phase.QualityReview);
}
