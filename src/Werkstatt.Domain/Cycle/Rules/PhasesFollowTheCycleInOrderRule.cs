using Werkstatt.Domain.Common;

namespace Werkstatt.Domain.Cycle.Rules;

/// <summary>A Werkstatt moves only to the next phase of the cycle; none is skipped and none repeated.</summary>
public sealed class PhasesFollowTheCycleInOrderRule(Phase current, Phase target) : IBusinessRule
{
    public string Message => current.Next() is { } next
        ? $"Aus der Phase „{current.GermanName()}“ geht es nur weiter zur Phase „{next.GermanName()}“, nicht zu „{target.GermanName()}“."
        : $"Die Phase „{current.GermanName()}“ ist die letzte.";

    public bool IsBroken() => target == Phase.Cancelled || current.Next() != target;
}
