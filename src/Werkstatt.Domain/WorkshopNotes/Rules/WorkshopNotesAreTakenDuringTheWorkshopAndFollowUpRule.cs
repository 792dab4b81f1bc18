using Werkstatt.Domain.Common;
using Werkstatt.Domain.Cycle;

namespace Werkstatt.Domain.WorkshopNotes.Rules;

/// <summary>
/// Notes and action items are written in the workshop and corrected in the follow-up; before the workshop nothing was
/// found yet, after publishing the library version carries them as they were.
/// </summary>
public sealed class WorkshopNotesAreTakenDuringTheWorkshopAndFollowUpRule(Phase phase) : IBusinessRule
{
    public string Message => phase is Phase.Published or Phase.Cancelled
        ? "Die Werkstatt ist abgeschlossen; Notizen und Maßnahmen können nicht mehr geändert werden."
        : "Notizen und Maßnahmen werden ab der Durchführung der Werkstatt festgehalten.";

    public bool IsBroken() => phase is not (Phase.Workshop or Phase.FollowUp);
}
