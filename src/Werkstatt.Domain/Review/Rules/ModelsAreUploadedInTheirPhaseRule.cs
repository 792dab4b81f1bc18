using Werkstatt.Domain.Common;
using Werkstatt.Domain.Cycle;

namespace Werkstatt.Domain.Review.Rules;

/// <summary>The as-is model is uploaded while modelling and in the quality review; the to-be model in the workshop and its follow-up.</summary>
public sealed class ModelsAreUploadedInTheirPhaseRule(ModelKind kind, Phase phase) : IBusinessRule
{
    public string Message => "Ein IST-Modell kann nur während der Modellierung und der Qualitätssicherung hochgeladen werden, ein SOLL-Modell während der Durchführung und der Nachbereitung.";

    public bool IsBroken() => kind == ModelKind.AsIs ? phase is not (Phase.Modelling or Phase.QualityReview) : phase is not (Phase.Workshop or Phase.FollowUp);
}
