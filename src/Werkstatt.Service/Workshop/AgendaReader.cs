using Microsoft.EntityFrameworkCore;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Processes;
using Werkstatt.Domain.Staffing;
using Werkstatt.Domain.Workshop;
using Werkstatt.Service.Persistence;

namespace Werkstatt.Service.Workshop;

/// <summary>
/// Reads the agenda of a Werkstatt for the pages, the invitations and the dossier. A workshop aggregate tracked by
/// this context (one being saved, whose domain event is being handled) wins over the stored one.
/// </summary>
public sealed class AgendaReader(WerkstattDbContext db)
{
    public async Task<WorkshopAgenda> ReadAsync(WerkstattId werkstattId, CancellationToken cancellationToken)
    {
        var workshop = db.ChangeTracker.Entries<WorkshopDays>().Select(e => e.Entity).FirstOrDefault(w => w.WerkstattId == werkstattId)
            ?? await db.Set<WorkshopDays>().AsNoTracking().FirstOrDefaultAsync(w => w.WerkstattId == werkstattId, cancellationToken)
            ?? WorkshopDays.For(werkstattId);
        if (workshop.Entries.Count == 0)
        {
            return new WorkshopAgenda(workshop, []);
        }

        var processes = await db.Set<Process>().AsNoTracking().Where(p => p.WerkstattId == werkstattId).ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
        var plan = await db.Set<StaffingPlan>().AsNoTracking().FirstOrDefaultAsync(p => p.WerkstattId == werkstattId, cancellationToken);
        var cells = plan is { IsConfirmed: true } ? plan.Cells : [];
        var memberIds = cells.Select(c => c.MemberId).Distinct().ToList();
        var members = await db.Members.AsNoTracking().Where(m => memberIds.Contains(m.Id)).ToDictionaryAsync(m => m.Id, m => m.Name, cancellationToken);
        var lines = workshop.Entries
            .OrderBy(e => e.Day).ThenBy(e => e.Position)
            .Select(e =>
            {
                var presenters = e.ProcessId is { } process
                    ? cells.Where(c => c.ProcessId == process).Select(c => members.GetValueOrDefault(c.MemberId)).OfType<string>().Order(StringComparer.CurrentCulture).ToList()
                    : [];
                return new AgendaLine(e.Day, e.Position, e.Kind, e.ProcessId, e.Title, Label(e, processes), e.Start, e.DurationMinutes, presenters);
            })
            .ToList();
        return new WorkshopAgenda(workshop, lines);
    }

    /// <summary>The room's capacity when the Werkstatt is in person and one is set (tracked, unsaved changes included); null otherwise.</summary>
    public async Task<int?> CapacityAsync(WerkstattId werkstattId, CancellationToken cancellationToken)
    {
        var workshop = db.ChangeTracker.Entries<WorkshopDays>().Select(e => e.Entity).FirstOrDefault(w => w.WerkstattId == werkstattId)
            ?? await db.Set<WorkshopDays>().AsNoTracking().FirstOrDefaultAsync(w => w.WerkstattId == werkstattId, cancellationToken);
        if (workshop?.Capacity is not { } capacity)
        {
            return null;
        }

        var werkstatt = db.ChangeTracker.Entries<Werkstatt.Domain.Cycle.Werkstatt>().Select(e => e.Entity).FirstOrDefault(w => w.Id == werkstattId)
            ?? await db.Werkstaetten.AsNoTracking().FirstOrDefaultAsync(w => w.Id == werkstattId, cancellationToken);
        return werkstatt?.Venue.Format == WorkshopFormat.InPerson ? capacity : null;
    }

    private static string Label(AgendaEntry entry, Dictionary<ProcessId, string> processes)
    {
        if (entry.Kind == AgendaEntryKind.Process)
        {
            var name = entry.ProcessId is { } id ? processes.GetValueOrDefault(id) ?? "Prozess" : "Prozess";
            return entry.Title is null ? name : $"{name}: {entry.Title}";
        }

        return entry.Title ?? AgendaLine.KindName(entry.Kind);
    }
}
