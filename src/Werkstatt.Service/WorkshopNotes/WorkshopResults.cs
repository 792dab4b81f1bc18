using Microsoft.EntityFrameworkCore;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Processes;
using Werkstatt.Domain.WorkshopNotes;
using Werkstatt.Service.Persistence;

namespace Werkstatt.Service.WorkshopNotes;

/// <summary>
/// The notes and action items of a Werkstatt's processes with member names, for the dossier's „Ergebnisse der Werkstatt“
/// and the library version's <c>notes</c>/<c>actionItems</c>. Processes without any are left out.
/// </summary>
public static class WorkshopResults
{
    public static async Task<IReadOnlyDictionary<ProcessId, RecordedResults>> ForWerkstattAsync(WerkstattDbContext db, WerkstattId werkstatt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var notes = await db.Set<WorkshopNote>().AsNoTracking().Where(n => n.WerkstattId == werkstatt).ToListAsync(cancellationToken);
        var items = await db.Set<ActionItem>().AsNoTracking().Where(a => a.WerkstattId == werkstatt).ToListAsync(cancellationToken);
        if (notes.Count == 0 && items.Count == 0)
        {
            return new Dictionary<ProcessId, RecordedResults>();
        }

        var named = items.Select(a => a.Owner).Concat(notes.Where(n => n.MemberId is not null).Select(n => n.MemberId!.Value)).Distinct().ToList();
        var members = await db.Members.AsNoTracking().Where(m => named.Contains(m.Id)).Select(m => new { m.Id, m.Name }).ToDictionaryAsync(m => m.Id, m => m.Name, cancellationToken);
        var order = NoteKinds.InOrder.ToList();
        return notes.Select(n => n.ProcessId).Concat(items.Select(a => a.ProcessId)).Distinct().ToDictionary(
            p => p,
            p => new RecordedResults(
                notes.Where(n => n.ProcessId == p).OrderBy(n => order.IndexOf(n.Kind)).ThenBy(n => n.WrittenAt).ThenBy(n => n.Id.Value)
                    .Select(n => new RecordedNote(n.Kind, n.Text, n.MemberId, n.MemberId is { } m ? members.GetValueOrDefault(m, "–") : null)).ToList(),
                items.Where(a => a.ProcessId == p).OrderBy(a => a.Due).ThenBy(a => a.CreatedAt).ThenBy(a => a.Id.Value)
                    .Select(a => new RecordedActionItem(a.Text, a.Owner, members.GetValueOrDefault(a.Owner, "–"), a.Due, a.Status)).ToList()));
    }
}
