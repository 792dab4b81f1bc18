using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Werkstatt.Domain.Common;
using Werkstatt.Domain.WorkshopNotes;

namespace Werkstatt.Service.Audit;

/// <summary>Audit sentences for the workshop room: decisions (other notes are working material, not recorded) and action items.</summary>
internal static class WorkshopNotesAudit
{
    public static AuditSubject? Describe(EntityEntry entry, Func<Guid, string> memberName)
    {
        var verb = entry.State switch
        {
            EntityState.Added => "festgehalten",
            EntityState.Deleted => "gelöscht",
            _ => "geändert",
        };
        switch (entry.Entity)
        {
            case WorkshopNote note:
                var wasDecision = entry.State == EntityState.Modified && (NoteKind)entry.Property(nameof(WorkshopNote.Kind)).OriginalValue! == NoteKind.Decision;
                return note.Kind == NoteKind.Decision || wasDecision
                    ? new(AuditKinds.WorkshopRoom, nameof(WorkshopNote), note.Id.ToString(), $"Entscheidung {verb}: „{Short(note.Text)}“.", WerkstattId: note.WerkstattId.Value)
                    : null;
            case ActionItem item:
                var owner = memberName(item.Owner.Value);
                var statusChanged = entry.State == EntityState.Modified && entry.Property(nameof(ActionItem.Status)).IsModified;
                var summary = statusChanged
                    ? $"Maßnahme „{Short(item.Text)}“ ({owner}) {(item.Status == ActionItemStatus.Done ? "erledigt" : "wieder geöffnet")}."
                    : $"Maßnahme „{Short(item.Text)}“ ({owner}, bis {BerlinTime.FormatDate(item.Due)}) {verb}.";
                return new(AuditKinds.WorkshopRoom, nameof(ActionItem), item.Id.ToString(), summary, MemberId: item.Owner.Value, WerkstattId: item.WerkstattId.Value);
            default:
                return null;
        }
    }

    private static string Short(string text)
    {
        var flat = text.Replace('\n', ' ');
        return flat.Length <= 120 ? flat : flat[..119] + "…";
    }
}
