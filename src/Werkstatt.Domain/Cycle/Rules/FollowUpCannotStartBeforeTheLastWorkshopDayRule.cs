using Werkstatt.Domain.Common;

namespace Werkstatt.Domain.Cycle.Rules;

/// <summary>The follow-up begins on the last workshop day (Berlin date), not earlier; like the workshop on its first day.</summary>
public sealed class FollowUpCannotStartBeforeTheLastWorkshopDayRule(Schedule schedule, DateTimeOffset now) : IBusinessRule
{
    public string Message => $"Die Nachbereitung kann erst am letzten Werkstatttag ({BerlinTime.FormatDate(schedule.LastDayStart)}) beginnen.";

    public bool IsBroken() => BerlinTime.DateOf(now) < BerlinTime.DateOf(schedule.LastDayStart);
}
