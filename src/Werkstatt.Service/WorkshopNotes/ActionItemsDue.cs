using Microsoft.EntityFrameworkCore;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Processes;
using Werkstatt.Domain.WorkshopNotes;
using Werkstatt.Service.Jobs;
using Werkstatt.Service.Persistence;
using WerkstattAggregate = Werkstatt.Domain.Cycle.Werkstatt;

namespace Werkstatt.Service.WorkshopNotes;

/// <summary>The open action items of a Werkstatt as the job planner needs them (one query each for items, processes, members).</summary>
public sealed class ActionItemsDue(WerkstattDbContext db)
{
    public async Task<IReadOnlyList<ActionItemDue>> OpenAsync(WerkstattAggregate werkstatt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(werkstatt);
        if (werkstatt.Phase < Phase.Workshop || werkstatt.Phase == Phase.Cancelled)
        {
            return [];
        }

        var open = await db.Set<ActionItem>().AsNoTracking()
            .Where(a => a.WerkstattId == werkstatt.Id && a.Status == ActionItemStatus.Open)
            .ToListAsync(cancellationToken);
        if (open.Count == 0)
        {
            return [];
        }

        var processIds = open.Select(a => a.ProcessId).Distinct().ToList();
        var memberIds = open.Select(a => a.Owner).Distinct().ToList();
        var processes = await db.Set<Process>().AsNoTracking().Where(p => processIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
        var members = await db.Members.AsNoTracking().Where(m => memberIds.Contains(m.Id)).ToDictionaryAsync(m => m.Id, m => m.Name, cancellationToken);
        return open
            .Select(a => new ActionItemDue(
                a.Id.Value, a.ProcessId.Value, a.Owner.Value, processes.GetValueOrDefault(a.ProcessId, "–"), members.GetValueOrDefault(a.Owner, "–"),
                a.Text, a.Due, a.NoticeAt, a.CreatedAt))
            .OrderBy(a => a.NoticeAt)
            .ToList();
    }
}
