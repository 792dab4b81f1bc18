using Microsoft.EntityFrameworkCore;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Network;
using Werkstatt.Domain.Processes;
using Werkstatt.Service.Persistence;

namespace Werkstatt.Service.Overview;

/// <summary>Stand-in for the library: the processes derived in Werkstätten that were published or whose first workshop day has passed.</summary>
public sealed class DerivedProcessLibraryStatistics(WerkstattDbContext db) : ILibraryStatistics
{
    public async Task<IReadOnlyList<LibraryGrowthPoint>> GrowthAsync(NetworkId network, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var werkstaetten = (await db.Werkstaetten.AsNoTracking().Where(w => w.NetworkId == network && w.Phase != Phase.Cancelled).ToListAsync(cancellationToken))
            .Where(w => w.Phase == Phase.Published || w.Schedule.Day1Start <= now)
            .OrderBy(w => w.Schedule.Day1Start)
            .ToList();
        var ids = werkstaetten.Select(w => w.Id).ToList();
        var counts = (await db.Set<Process>().AsNoTracking().Where(p => ids.Contains(p.WerkstattId)).Select(p => p.WerkstattId).ToListAsync(cancellationToken))
            .GroupBy(id => id).ToDictionary(g => g.Key, g => g.Count());
        var total = 0;
        var points = new List<LibraryGrowthPoint>();
        foreach (var w in werkstaetten)
        {
            var added = counts.GetValueOrDefault(w.Id);
            total += added;
            points.Add(new LibraryGrowthPoint(w.Id, w.Title, w.Schedule.FirstDay, added, total));
        }

        return points;
    }
}
