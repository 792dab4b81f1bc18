using BenchmarkDotNet.Attributes;
using Werkstatt.Domain.Calendar;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Network;

namespace Werkstatt.Bench;

/// <summary>Planning cost: a schedule from the template plus its weekend/holiday flags, as done for every page showing a Werkstatt.</summary>
[MemoryDiagnoser]
public class ScheduleBenchmarks
{
    private readonly DateOnly[] _days = Enumerable.Range(0, 365).Select(i => new DateOnly(2027, 1, 1).AddDays(i)).ToArray();

    [Benchmark(Description = "Schedule.FromTemplate + flags, 365 first days (NRW)")]
    public int PlanAndFlagAYear()
    {
        var flagged = 0;
        foreach (var day in _days)
        {
            var schedule = Schedule.FromTemplate(ScheduleTemplate.Default, day);
            flagged += ScheduleCalendarCheck.Flags(schedule, FederalState.NordrheinWestfalen).Count;
        }

        return flagged;
    }
}
