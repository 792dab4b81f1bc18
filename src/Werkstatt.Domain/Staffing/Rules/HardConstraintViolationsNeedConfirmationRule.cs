using Werkstatt.Domain.Common;

namespace Werkstatt.Domain.Staffing.Rules;

/// <summary>The coordinator may break a hard constraint by hand, but only knowingly: the change needs an explicit confirmation and is recorded.</summary>
public sealed class HardConstraintViolationsNeedConfirmationRule(IReadOnlyList<string> violations, bool confirmed) : IBusinessRule
{
    public string Message => "Diese Änderung verletzt eine feste Regel der Zuteilung: " + string.Join(" ", violations)
        + " Bitte ausdrücklich bestätigen, wenn Sie sie trotzdem vornehmen wollen.";

    public bool IsBroken() => violations.Count > 0 && !confirmed;
}
