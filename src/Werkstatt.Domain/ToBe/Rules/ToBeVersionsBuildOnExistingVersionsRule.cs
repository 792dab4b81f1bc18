using Werkstatt.Domain.Common;

namespace Werkstatt.Domain.ToBe.Rules;

/// <summary>A version "based on version N" needs version N to exist.</summary>
public sealed class ToBeVersionsBuildOnExistingVersionsRule(int? basedOn, int count) : IBusinessRule
{
    public string Message => "Die angegebene Ausgangsversion des SOLL-Modells gibt es nicht.";

    public bool IsBroken() => basedOn is not { } n || n < 1 || n > count;
}
