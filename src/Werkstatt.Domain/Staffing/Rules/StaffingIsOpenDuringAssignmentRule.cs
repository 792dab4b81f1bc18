using Werkstatt.Domain.Common;
using Werkstatt.Domain.Cycle;

namespace Werkstatt.Domain.Staffing.Rules;

/// <summary>Capacity, bids, claims and the plan change in the assignment phase, until the coordinator confirms.</summary>
public sealed class StaffingIsOpenDuringAssignmentRule(Phase phase, bool confirmed) : IBusinessRule
{
    public string Message => confirmed
        ? "Die Zuteilung ist bestätigt; Kapazität, Wünsche, Meldungen und Zuteilung können nicht mehr geändert werden."
        : $"Kapazität, Wünsche und Meldungen sind in der Phase „Zuteilung“ möglich; die Werkstatt ist in der Phase „{phase.GermanName()}“.";

    public bool IsBroken() => confirmed || phase != Phase.Assignment;
}
