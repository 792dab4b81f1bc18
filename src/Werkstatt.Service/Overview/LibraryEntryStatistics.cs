using Microsoft.EntityFrameworkCore;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Library;
using Werkstatt.Domain.Network;
using Werkstatt.Service.Persistence;

namespace Werkstatt.Service.Overview;

/// <summary>
/// The library's growth from its entries: each workshop (stored Werkstatt or, for workshops before the network used
/// Werkstatt, its title and day) adds the entries whose first version it brought; the total counts all entries so far.
/// Workshops without a stored Werkstatt carry the default id.
/// </summary>
public sealed class LibraryEntryStatistics(WerkstattDbContext db) : ILibraryStatistics
{
    public async Task<IReadOnlyList<LibraryGrowthPoint>> GrowthAsync(NetworkId network, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var entries = await db.Set<LibraryEntry>().AsNoTracking().Where(e => e.NetworkId == network).ToListAsync(cancellationToken);
        var firsts = entries.Where(e => e.Versions.Count > 0).Select(e => e.Versions[0]).ToList();
        var workshops = firsts
            .Where(v => v.WerkstattTitle is not null || v.WerkstattId is not null)
            .GroupBy(v => (Id: v.WerkstattId ?? default, Title: v.WerkstattTitle ?? string.Empty, Day: v.HeldOn ?? DateOnly.FromDateTime(v.AddedAt.UtcDateTime)))
            .OrderBy(g => g.Key.Day)
            .ToList();
        var total = 0;
        var points = new List<LibraryGrowthPoint>();
        foreach (var workshop in workshops)
        {
            // Entries that came without a workshop (onboarding) count once they existed by that workshop's day.
            var loose = firsts.Count(v => v.WerkstattTitle is null && v.WerkstattId is null && DateOnly.FromDateTime(v.AddedAt.UtcDateTime) <= workshop.Key.Day);
            total += workshop.Count();
            points.Add(new LibraryGrowthPoint(workshop.Key.Id, workshop.Key.Title, workshop.Key.Day, workshop.Count(), total + loose));
        }

        return points;
    }
}
