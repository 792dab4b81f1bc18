using System.Globalization;
using System.Text;
using Werkstatt.Domain.Common;

namespace Werkstatt.Service.Calendar;

/// <summary>
/// The VTIMEZONE for <c>TZID=Europe/Berlin</c>, computed from the system's time zone data for the years a calendar
/// concerns. When every switch in those years follows the EU rule (last Sunday of March and October) it is written
/// the way Outlook writes it – one DAYLIGHT and one STANDARD with a yearly RRULE; otherwise (should the rule ever
/// change) each switch of those years is written as its own observance.
/// </summary>
public static class BerlinTimeZoneComponent
{
    public const string TzId = "Europe/Berlin";

    public static void Append(StringBuilder output, int firstYear, int lastYear)
    {
        ArgumentNullException.ThrowIfNull(output);
        // From the year before: an event in January is governed by the previous October's switch, and an observance
        // must start before every time that uses it.
        var switches = Enumerable.Range(firstYear - 1, lastYear - firstYear + 2).SelectMany(Switches).ToList();
        Line(output, "BEGIN:VTIMEZONE");
        Line(output, "TZID:" + TzId);
        if (switches.Count > 0 && switches.All(FollowsEuRule))
        {
            var spring = switches.First(s => s.To > s.From);
            var autumn = switches.First(s => s.To < s.From);
            Observance(output, spring, "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU");
            Observance(output, autumn, "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU");
        }
        else if (switches.Count == 0)
        {
            var offset = BerlinTime.Zone.GetUtcOffset(new DateTime(firstYear, 1, 1, 0, 0, 0, DateTimeKind.Utc));
            Observance(output, new Switch(new DateTime(firstYear, 1, 1, 0, 0, 0, DateTimeKind.Unspecified), offset, offset), null);
        }
        else
        {
            foreach (var change in switches)
            {
                Observance(output, change, null);
            }
        }

        Line(output, "END:VTIMEZONE");
    }

    /// <summary>The offset changes in one year: local wall time of the change (before it) and the offsets.</summary>
    internal static IEnumerable<Switch> Switches(int year)
    {
        var zone = BerlinTime.Zone;
        var at = new DateTime(year, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var end = at.AddYears(1);
        var offset = zone.GetUtcOffset(at);
        for (var day = at; day < end; day = day.AddDays(1))
        {
            var next = zone.GetUtcOffset(day.AddDays(1));
            if (next == offset)
            {
                continue;
            }

            // Find the hour of the change within that day.
            for (var hour = day; hour < day.AddDays(1); hour = hour.AddHours(1))
            {
                var after = zone.GetUtcOffset(hour.AddHours(1));
                if (after != offset)
                {
                    var utcChange = hour.AddHours(1);
                    yield return new Switch(DateTime.SpecifyKind(utcChange + offset, DateTimeKind.Unspecified), offset, after);
                    offset = after;
                    break;
                }
            }
        }
    }

    private static bool FollowsEuRule(Switch change)
    {
        var local = change.LocalBefore;
        var lastSunday = LastSunday(local.Year, local.Month);
        return change.To > change.From
            ? local.Month == 3 && local.Day == lastSunday && local.Hour == 2 && change.From == TimeSpan.FromHours(1) && change.To == TimeSpan.FromHours(2)
            : local.Month == 10 && local.Day == lastSunday && local.Hour == 3 && change.From == TimeSpan.FromHours(2) && change.To == TimeSpan.FromHours(1);
    }

    private static int LastSunday(int year, int month)
    {
        var last = new DateTime(year, month, DateTime.DaysInMonth(year, month), 0, 0, 0, DateTimeKind.Unspecified);
        return last.AddDays(-(int)last.DayOfWeek).Day;
    }

    private static void Observance(StringBuilder output, Switch change, string? rule)
    {
        var daylight = change.To > TimeSpan.FromHours(1);
        var kind = daylight ? "DAYLIGHT" : "STANDARD";
        Line(output, "BEGIN:" + kind);
        Line(output, "TZOFFSETFROM:" + Offset(change.From));
        Line(output, "TZOFFSETTO:" + Offset(change.To));
        Line(output, "TZNAME:" + (daylight ? "CEST" : "CET"));
        Line(output, "DTSTART:" + ICalendarText.LocalDateTime(change.LocalBefore));
        if (rule is not null)
        {
            Line(output, rule);
        }

        Line(output, "END:" + kind);
    }

    private static string Offset(TimeSpan offset) =>
        (offset < TimeSpan.Zero ? "-" : "+") + offset.Duration().ToString("hhmm", CultureInfo.InvariantCulture);

    private static void Line(StringBuilder output, string line) => ICalendarText.AppendFolded(output, line);

    /// <summary>One change of the UTC offset, at <see cref="LocalBefore"/> (wall time in the old offset).</summary>
    internal readonly record struct Switch(DateTime LocalBefore, TimeSpan From, TimeSpan To);
}
