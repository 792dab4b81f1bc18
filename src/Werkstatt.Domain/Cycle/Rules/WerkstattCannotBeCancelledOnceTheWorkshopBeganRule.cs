using Werkstatt.Domain.Common;

namespace Werkstatt.Domain.Cycle.Rules;

/// <summary>Cancelling is possible only before the workshop phase.</summary>
public sealed class WerkstattCannotBeCancelledOnceTheWorkshopBeganRule(Phase phase) : IBusinessRule
{
    public string Message => $"Eine Werkstatt in der Phase „{phase.GermanName()}“ kann nicht mehr abgesagt werden – nur vor der Durchführung.";

    public bool IsBroken() => !phase.IsBeforeWorkshop();
}
