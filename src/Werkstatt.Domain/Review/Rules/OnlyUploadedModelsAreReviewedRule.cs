using Werkstatt.Domain.Common;
using Werkstatt.Domain.Cycle;

namespace Werkstatt.Domain.Review.Rules;

/// <summary>The reviewer decides only on a model that was uploaded and is not decided yet.</summary>
public sealed class OnlyUploadedModelsAreReviewedRule(ReviewState state) : IBusinessRule
{
    public string Message => state switch { ReviewState.Draft => "Es wurde noch kein Modell hochgeladen, das geprüft werden könnte.", ReviewState.ReworkRequested => "Die Überarbeitung ist angefordert; geprüft wird wieder, sobald eine neue Version hochgeladen ist.", _ => $"Die Einreichung ist bereits {state.GermanName()}." };

    public bool IsBroken() => !state.AwaitsReviewer();
}
