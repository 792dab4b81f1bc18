using Werkstatt.Domain.Common;

namespace Werkstatt.Domain.WorkshopNotes.Rules;

/// <summary>Marking done needs an open item, reopening a done one: a repeated click is refused, not silently ignored.</summary>
public sealed class ActionItemIsDoneOnlyOnceRule(ActionItemStatus current, ActionItemStatus wanted) : IBusinessRule
{
    public string Message => wanted == ActionItemStatus.Done
        ? "Die Maßnahme ist schon erledigt."
        : "Die Maßnahme ist noch offen.";

    public bool IsBroken() => current == wanted;
}
