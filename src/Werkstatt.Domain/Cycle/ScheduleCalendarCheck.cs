using Werkstatt.Domain.Calendar;
using Werkstatt.Domain.Common;

namespace Werkstatt.Domain.Cycle;

/// <summary>Flags the milestones of a schedule that fall on a weekend or a public holiday of the network's state.</summary>
public static class ScheduleCalendarCheck
{
    public static IReadOnlyList<DateFlag> Flags(Schedule schedule, FederalState state)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        var flags = new List<DateFlag>();
        foreach (var milestone in schedule.Milestones())
        {
            var date = BerlinTime.DateOf(milestone.At);
            if (WorkingDays.NonWorkingReason(state, date) is { } reason)
            {
                flags.Add(new DateFlag(milestone.Kind, date, reason, WorkingDays.NextWorkingDay(state, date)));
            }
        }

        return flags;
    }
}
