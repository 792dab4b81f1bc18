using Microsoft.EntityFrameworkCore;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Network;
using Werkstatt.Domain.Staffing;
using Werkstatt.Service.Persistence;
using WerkstattAggregate = Werkstatt.Domain.Cycle.Werkstatt;

namespace Werkstatt.Service.Staffing;

/// <summary>Each member's confirmed assignments and offered capacity over the network's four Werkstätten before this one.</summary>
public sealed class LoadHistoryReader(WerkstattDbContext db)
{
    public const int Werkstaetten = 4;

    public async Task<IReadOnlyDictionary<MemberId, LoadHistory>> ForAsync(WerkstattAggregate werkstatt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(werkstatt);
        var day = werkstatt.Schedule.Day1Start;
        var earlier = await db.Werkstaetten.AsNoTracking()
            .Where(w => w.NetworkId == werkstatt.NetworkId && w.Id != werkstatt.Id && w.Phase != Phase.Cancelled && w.Schedule.Day1Start < day)
            .Select(w => new { w.Id, w.Schedule.Day1Start })
            .ToListAsync(cancellationToken);
        var ids = earlier.OrderByDescending(w => w.Day1Start).Take(Werkstaetten).Select(w => w.Id).ToList();
        var plans = await db.Set<StaffingPlan>().AsNoTracking().Where(p => ids.Contains(p.WerkstattId) && p.ConfirmedAt != null).ToListAsync(cancellationToken);
        var offers = await db.Set<MemberOffer>().AsNoTracking().Where(o => ids.Contains(o.WerkstattId)).ToListAsync(cancellationToken);
        var assigned = plans.SelectMany(p => p.Cells).GroupBy(c => c.MemberId).ToDictionary(g => g.Key, g => g.Count());
        var offered = offers.GroupBy(o => o.MemberId).ToDictionary(g => g.Key, g => g.Sum(o => o.Capacity));
        return assigned.Keys.Union(offered.Keys)
            .ToDictionary(m => m, m => new LoadHistory(assigned.GetValueOrDefault(m), offered.GetValueOrDefault(m)));
    }
}
