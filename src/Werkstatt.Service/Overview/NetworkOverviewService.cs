using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Werkstatt.Domain.Common;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Network;
using Werkstatt.Domain.Staffing;
using Werkstatt.Service.Common;
using Werkstatt.Service.Persistence;

namespace Werkstatt.Service.Overview;

/// <summary>The network overview; everything is derived from the stored Werkstätten, plans and offers, nothing is kept.</summary>
public sealed class NetworkOverviewService(WerkstattDbContext db, ILibraryStatistics library, IOptions<SavingsOptions> savings, TimeProvider time)
{
    /// <summary>How many of the latest Werkstätten with a confirmed assignment the load table covers.</summary>
    public const int LoadWerkstaetten = 4;

    public async Task<Result<NetworkOverview>> GetAsync(Actor actor, NetworkId networkId, OverviewQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(query);
        if (!actor.BelongsTo(networkId))
        {
            return Error.Forbidden();
        }

        if (query.HoursPerProcess is < 1 or > 1000 || query.HoursPerProcess is double.NaN)
        {
            return Error.Validation(nameof(OverviewQuery.HoursPerProcess), "Bitte Stunden je Prozess zwischen 1 und 1.000 angeben.");
        }

        if (query.ReuseShare is < 0 or > 100 || query.ReuseShare is double.NaN)
        {
            return Error.Validation(nameof(OverviewQuery.ReuseShare), "Bitte einen Anteil zwischen 0 und 100 Prozent angeben.");
        }

        var now = time.GetUtcNow();
        var year = query.Year ?? BerlinTime.DateOf(now).Year;
        if (year is < 2000 or > 2100)
        {
            return Error.Validation(nameof(OverviewQuery.Year), "Bitte ein Jahr zwischen 2000 und 2100 angeben.");
        }

        var all = await db.Werkstaetten.AsNoTracking().Where(w => w.NetworkId == networkId).ToListAsync(cancellationToken);
        var members = (await db.Members.AsNoTracking().Where(m => m.NetworkId == networkId).ToListAsync(cancellationToken))
            .OrderBy(m => m.Level).ThenBy(m => m.Name, StringComparer.CurrentCulture).ToList();
        var ofYear = all.Where(w => w.Schedule.FirstDay.Year == year).OrderBy(w => w.Schedule.Day1Start).ToList();

        var ids = all.Select(w => w.Id).ToList();
        var plans = await db.Set<StaffingPlan>().AsNoTracking().Where(p => ids.Contains(p.WerkstattId) && p.ConfirmedAt != null).ToListAsync(cancellationToken);
        var planOf = plans.ToDictionary(p => p.WerkstattId);
        var loadWerkstaetten = all.Where(w => w.Phase != Phase.Cancelled && planOf.ContainsKey(w.Id))
            .OrderByDescending(w => w.Schedule.Day1Start).Take(LoadWerkstaetten).Reverse().ToList();
        var loadIds = loadWerkstaetten.Select(w => w.Id).ToList();
        var offers = await db.Set<MemberOffer>().AsNoTracking().Where(o => loadIds.Contains(o.WerkstattId)).ToListAsync(cancellationToken);
        var loads = members.Select(m => new MemberLoad(m.Id, m.Name, loadWerkstaetten.Select(w => new LoadCell(
                planOf[w.Id].Cells.Count(c => c.MemberId == m.Id),
                offers.FirstOrDefault(o => o.WerkstattId == w.Id && o.MemberId == m.Id)?.Capacity ?? 0)).ToList()))
            .ToList();

        var growth = await library.GrowthAsync(networkId, now, cancellationToken);
        var processesInYear = growth.Where(g => g.FirstDay.Year == year).Sum(g => g.Added);
        var yearIds = ofYear.Select(w => w.Id).ToHashSet();
        var modelled = members.Select(m => plans.Where(p => yearIds.Contains(p.WerkstattId)).Sum(p => p.Cells.Count(c => c.MemberId == m.Id))).ToList();
        var estimate = SavingsEstimate.Calculate(
            query.HoursPerProcess ?? savings.Value.HoursPerProcess,
            query.ReuseShare is { } percent ? percent / 100 : savings.Value.ReuseShare,
            processesInYear,
            modelled);
        var (held, attendance) = await AttendanceStatistics.ForAsync(db, ofYear.Where(w => w.Phase != Phase.Cancelled).ToList(), members, now, cancellationToken);
        return new NetworkOverview(year, ofYear, loadWerkstaetten, loads, growth, estimate) { AttendanceWerkstaetten = held, Attendance = attendance };
    }
}
