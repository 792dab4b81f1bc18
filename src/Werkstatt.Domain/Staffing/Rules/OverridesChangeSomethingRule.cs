using Werkstatt.Domain.Common;

namespace Werkstatt.Domain.Staffing.Rules;

/// <summary>An override either adds a member who is not yet on the process or removes one who is.</summary>
public sealed class OverridesChangeSomethingRule(bool assign, bool present) : IBusinessRule
{
    public string Message => assign
        ? "Diese Verwaltung ist dem Prozess bereits zugeteilt."
        : "Diese Verwaltung ist dem Prozess nicht zugeteilt.";

    public bool IsBroken() => assign == present;
}
