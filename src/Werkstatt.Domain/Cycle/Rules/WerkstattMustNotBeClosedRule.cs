using Werkstatt.Domain.Common;

namespace Werkstatt.Domain.Cycle.Rules;

/// <summary>A published or cancelled Werkstatt is final.</summary>
public sealed class WerkstattMustNotBeClosedRule(Phase phase) : IBusinessRule
{
    public string Message => $"Die Werkstatt ist {(phase == Phase.Published ? "veröffentlicht" : "abgesagt")} und kann nicht mehr geändert werden.";

    public bool IsBroken() => phase.IsClosed();
}
