using Werkstatt.Domain.Common;

namespace Werkstatt.Domain.Cycle.Rules;

/// <summary>Modelling starts only once the coordinator has confirmed who models what.</summary>
public sealed class ModellingNeedsAConfirmedAssignmentRule(CycleFacts facts) : IBusinessRule
{
    public string Message => "Die Zuteilung ist noch nicht bestätigt. Bitte zuerst die Zuteilung der Prozesse bestätigen.";

    public bool IsBroken() => !facts.AssignmentConfirmed;
}
