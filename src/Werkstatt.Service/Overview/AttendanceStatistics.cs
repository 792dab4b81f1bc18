using Microsoft.EntityFrameworkCore;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Network;
using Werkstatt.Domain.Workshop;
using Werkstatt.Service.Persistence;
using WerkstattAggregate = Werkstatt.Domain.Cycle.Werkstatt;

namespace Werkstatt.Service.Overview;

/// <summary>
/// Attendance per member for the network overview, derived from the recorded marks (nothing stored). Every member of the
/// network is invited to every Werkstatt, so a member's invited days are the workshop days held so far: days that have
/// begun of Werkstätten that reached the workshop (Durchführung, Nachbereitung, Veröffentlicht). A day counts as
/// attended when at least one of the member's people was marked present.
/// </summary>
public static class AttendanceStatistics
{
    public static bool WasHeld(WerkstattAggregate werkstatt) => werkstatt?.Phase is Phase.Workshop or Phase.FollowUp or Phase.Published;

    /// <summary>The workshop days of <paramref name="werkstatt"/> that had begun at <paramref name="now"/> (1 or 2).</summary>
    public static IReadOnlyList<int> DaysHeld(WerkstattAggregate werkstatt, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(werkstatt);
        if (!WasHeld(werkstatt))
        {
            return [];
        }

        var days = new List<int>();
        if (werkstatt.Schedule.Day1Start <= now)
        {
            days.Add(1);
        }

        if (werkstatt.Schedule.Day2Start is { } day2 && day2 <= now)
        {
            days.Add(2);
        }

        return days;
    }

    /// <summary>One row per member (in the given order) with a cell per held Werkstatt of <paramref name="werkstaetten"/>.</summary>
    public static async Task<(IReadOnlyList<WerkstattAggregate> Held, IReadOnlyList<MemberAttendanceRate> Rows)> ForAsync(
        WerkstattDbContext db, IReadOnlyList<WerkstattAggregate> werkstaetten, IReadOnlyList<Member> members, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(werkstaetten);
        ArgumentNullException.ThrowIfNull(members);
        var held = werkstaetten.Where(w => DaysHeld(w, now).Count > 0).ToList();
        var ids = held.Select(w => w.Id).ToList();
        var workshops = await db.Set<WorkshopDays>().AsNoTracking().Where(d => ids.Contains(d.WerkstattId)).ToListAsync(cancellationToken);
        var attended = held.ToDictionary(w => w.Id, w =>
        {
            var days = DaysHeld(w, now).ToHashSet();
            var marks = workshops.FirstOrDefault(d => d.WerkstattId == w.Id)?.Attendance ?? [];
            return marks.Where(a => a.Present && days.Contains(a.Day)).GroupBy(a => a.MemberId).ToDictionary(g => g.Key, g => g.Select(a => a.Day).Distinct().Count());
        });
        var rows = members.Select(m => new MemberAttendanceRate(m.Id, m.Name, held
                .Select(w => new AttendanceCell(attended[w.Id].GetValueOrDefault(m.Id), DaysHeld(w, now).Count))
                .ToList()))
            .ToList();
        return (held, rows);
    }
}
