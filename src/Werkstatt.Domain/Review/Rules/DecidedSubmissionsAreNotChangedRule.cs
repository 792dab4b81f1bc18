using Werkstatt.Domain.Common;
using Werkstatt.Domain.Cycle;

namespace Werkstatt.Domain.Review.Rules;

/// <summary>Once approved or excused, the as-is model and its profile stay as they were reviewed.</summary>
public sealed class DecidedSubmissionsAreNotChangedRule(ReviewState state, ModelKind kind) : IBusinessRule
{
    public string Message => $"Die Einreichung ist {state.GermanName()}; IST-Modell und Steckbrief werden nicht mehr geändert.";

    public bool IsBroken() => kind == ModelKind.AsIs && state.IsDone();
}
