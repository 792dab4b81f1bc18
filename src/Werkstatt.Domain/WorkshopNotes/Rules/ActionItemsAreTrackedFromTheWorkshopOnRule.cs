using Werkstatt.Domain.Common;
using Werkstatt.Domain.Cycle;

namespace Werkstatt.Domain.WorkshopNotes.Rules;

/// <summary>An action item outlives the Werkstatt: it can be marked done (or reopened) also after publishing.</summary>
public sealed class ActionItemsAreTrackedFromTheWorkshopOnRule(Phase phase) : IBusinessRule
{
    public string Message => "Maßnahmen gibt es erst ab der Durchführung der Werkstatt.";

    public bool IsBroken() => phase < Phase.Workshop || phase == Phase.Cancelled;
}
