using Werkstatt.Domain.Common;
using Werkstatt.Service.Jobs;
using WerkstattAggregate = Werkstatt.Domain.Cycle.Werkstatt;

namespace Werkstatt.Service.Notifications;

/// <summary>Subject and lines of an action item's reminder (to the owner member) and escalation (to the coordination).</summary>
internal static class ActionItemMailText
{
    public static (string Subject, string[] Lines) For(JobStep step, ActionItemDue action, WerkstattAggregate werkstatt, string left)
    {
        var due = BerlinTime.FormatDate(action.Due);
        var what = action.Text.Length <= 80 ? action.Text : action.Text[..79] + "…";
        what = what.Replace('\n', ' ');
        return step.Kind == StepKind.Escalation
            ? ($"Überfällig: Maßnahme „{action.ProcessName}“ ({action.OwnerName}) – {werkstatt.Title}",
                [$"die Maßnahme „{what}“ zum Prozess „{action.ProcessName}“ (Prozesswerkstatt „{werkstatt.Title}“) war bis {due} bei der Verwaltung {action.OwnerName} fällig und ist noch offen.", "Bitte klären Sie mit der Verwaltung das weitere Vorgehen."])
            : ($"Erinnerung: Maßnahme „{action.ProcessName}“ fällig am {due} – {werkstatt.Title}",
                [$"in der Prozesswerkstatt „{werkstatt.Title}“ hat Ihre Verwaltung zum Prozess „{action.ProcessName}“ diese Maßnahme übernommen: „{what}“.", $"Sie ist {left} fällig, am {due}. Bitte markieren Sie sie im Werkstattraum als erledigt, sobald sie umgesetzt ist."]);
    }
}
