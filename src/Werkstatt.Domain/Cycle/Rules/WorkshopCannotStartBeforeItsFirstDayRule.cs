using Werkstatt.Domain.Common;

namespace Werkstatt.Domain.Cycle.Rules;

/// <summary>The Durchführung phase begins on the first workshop day (Berlin date), not earlier.</summary>
public sealed class WorkshopCannotStartBeforeItsFirstDayRule(Schedule schedule, DateTimeOffset now) : IBusinessRule
{
    public string Message => $"Die Durchführung kann erst am 1. Werkstatttag ({BerlinTime.FormatDate(schedule.Day1Start)}) beginnen.";

    public bool IsBroken() => BerlinTime.DateOf(now) < BerlinTime.DateOf(schedule.Day1Start);
}
