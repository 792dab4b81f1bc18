using Werkstatt.Domain.Common;

namespace Werkstatt.Domain.Staffing.Rules;

/// <summary>Nobody is loaded beyond what it offered.</summary>
public sealed class ClaimsMustNotExceedCapacityRule(int claims, int capacity) : IBusinessRule
{
    public string Message => capacity == 0
        ? "Ihre Verwaltung hat für diese Werkstatt keine Kapazität angegeben. Bitte zuerst die Kapazität eintragen."
        : $"Die Kapazität Ihrer Verwaltung ist ausgeschöpft: {claims} von {capacity} Prozessen sind übernommen.";

    public bool IsBroken() => claims >= capacity;
}
