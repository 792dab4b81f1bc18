using Werkstatt.Domain.Common;
using Werkstatt.Domain.Cycle;

namespace Werkstatt.Domain.ToBe.Rules;

/// <summary>
/// A to-be model may be prepared before the workshop and refined in the follow-up; once the Werkstatt is published or
/// cancelled it is final.
/// </summary>
public sealed class ToBeModelsChangeUntilTheWerkstattIsClosedRule(Phase phase) : IBusinessRule
{
    public string Message => "Die Werkstatt ist abgeschlossen; das SOLL-Modell kann nicht mehr geändert oder kommentiert werden.";

    public bool IsBroken() => phase is Phase.Published or Phase.Cancelled;
}
