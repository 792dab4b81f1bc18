using Werkstatt.Domain.Common;

namespace Werkstatt.Domain.Cycle.Rules;

/// <summary>The follow-up begins once the last workshop day has begun.</summary>
public sealed class FollowUpCannotStartBeforeTheLastWorkshopDayRule(Schedule schedule, DateTimeOffset now) : IBusinessRule
{
    public string Message => $"Die Nachbereitung kann erst am letzten Werkstatttag ({BerlinTime.FormatDate(schedule.LastDayStart)}) beginnen.";

    public bool IsBroken() => now < schedule.LastDayStart;
}
