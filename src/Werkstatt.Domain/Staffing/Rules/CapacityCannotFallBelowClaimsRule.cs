using Werkstatt.Domain.Common;

namespace Werkstatt.Domain.Staffing.Rules;

/// <summary>A member cannot offer less than it has already claimed; it releases a claim first.</summary>
public sealed class CapacityCannotFallBelowClaimsRule(int capacity, int claims) : IBusinessRule
{
    public string Message => $"Ihre Verwaltung hat bereits {claims} Prozesse übernommen; die Kapazität kann nicht unter {claims} sinken. Bitte zuerst eine Meldung zurückziehen.";

    public bool IsBroken() => capacity < claims;
}
