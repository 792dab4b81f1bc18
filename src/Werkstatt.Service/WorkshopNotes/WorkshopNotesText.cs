using Microsoft.EntityFrameworkCore;
using Werkstatt.Domain.Common;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Processes;
using Werkstatt.Domain.WorkshopNotes;
using Werkstatt.Service.Persistence;

namespace Werkstatt.Service.WorkshopNotes;

/// <summary>
/// The notes and action items of a Werkstatt's processes as plain German text, one line each, for the library version's
/// <c>workshopNotes</c> (docs/library-package.md): "Entscheidung: …", "Maßnahme (Stadt A, bis 15.10.2027, offen): …".
/// </summary>
public static class WorkshopNotesText
{
    public static async Task<IReadOnlyDictionary<ProcessId, string>> ForWerkstattAsync(WerkstattDbContext db, WerkstattId werkstatt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var notes = await db.Set<WorkshopNote>().AsNoTracking().Where(n => n.WerkstattId == werkstatt).ToListAsync(cancellationToken);
        var items = await db.Set<ActionItem>().AsNoTracking().Where(a => a.WerkstattId == werkstatt).ToListAsync(cancellationToken);
        if (notes.Count == 0 && items.Count == 0)
        {
            return new Dictionary<ProcessId, string>();
        }

        var owners = items.Select(a => a.Owner).Distinct().ToList();
        var members = await db.Members.AsNoTracking().Where(m => owners.Contains(m.Id)).ToDictionaryAsync(m => m.Id, m => m.Name, cancellationToken);
        var practice = notes.Where(n => n.MemberId is not null).Select(n => n.MemberId!.Value).Distinct().ToList();
        foreach (var (id, name) in await db.Members.AsNoTracking().Where(m => practice.Contains(m.Id)).Select(m => new { m.Id, m.Name }).ToDictionaryAsync(m => m.Id, m => m.Name, cancellationToken))
        {
            members[id] = name;
        }

        return notes.Select(n => n.ProcessId).Concat(items.Select(a => a.ProcessId)).Distinct().ToDictionary(
            p => p,
            p => string.Join('\n', notes.Where(n => n.ProcessId == p).OrderBy(n => NoteKinds.InOrder.ToList().IndexOf(n.Kind)).ThenBy(n => n.WrittenAt)
                    .Select(n => $"{n.Kind.GermanName()}{(n.MemberId is { } m ? $" ({members.GetValueOrDefault(m, "–")})" : string.Empty)}: {Flat(n.Text)}")
                .Concat(items.Where(a => a.ProcessId == p).OrderBy(a => a.Due).ThenBy(a => a.CreatedAt)
                    .Select(a => $"Maßnahme ({members.GetValueOrDefault(a.Owner, "–")}, bis {BerlinTime.FormatDate(a.Due)}, {(a.Status == ActionItemStatus.Done ? "erledigt" : "offen")}): {Flat(a.Text)}"))));
    }

    private static string Flat(string text) => text.Replace('\n', ' ');
}
