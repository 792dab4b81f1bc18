using Werkstatt.Domain.Common;
using Werkstatt.Domain.Cycle;

namespace Werkstatt.Domain.Processes.Rules;

/// <summary>Processes are derived and edited in the process selection; from the assignment on, members rely on them.</summary>
public sealed class ProcessesAreDerivedDuringProcessSelectionRule(Phase phase) : IBusinessRule
{
    public string Message => $"Prozesse werden in der Phase „Prozessauswahl“ abgeleitet und geändert; die Werkstatt ist in der Phase „{phase.GermanName()}“.";

    public bool IsBroken() => phase != Phase.ProcessSelection;
}
