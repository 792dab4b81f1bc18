namespace Werkstatt.Domain.Calendar;

/// <summary>Working days (Monday to Friday, not a statewide public holiday) in a federal state.</summary>
public static class WorkingDays
{
    /// <summary>True if the date is Monday to Friday and not a public holiday in the state.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The state is undefined or the date is before 1583.</exception>
    public static bool IsWorkingDay(FederalState state, DateOnly date) => NonWorkingReason(state, date) is null;

    /// <summary>The date itself if it is a working day, otherwise the next working day after it.</summary>
    /// <exception cref="ArgumentOutOfRangeException">
    /// The state is undefined, the date is before 1583, or no working day follows before <see cref="DateOnly.MaxValue"/>.
    /// </exception>
    public static DateOnly NextWorkingDay(FederalState state, DateOnly date)
    {
        var day = date;
        while (!IsWorkingDay(state, day))
        {
            day = day.AddDays(1);
        }

        return day;
    }

    /// <summary>
    /// Why the date is not a working day, in German: "Samstag", "Sonntag" or "Feiertag (Name)";
    /// null on a working day.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The state is undefined or the date is before 1583.</exception>
    public static string? NonWorkingReason(FederalState state, DateOnly date)
    {
        // The holiday wins over the weekday: "Feiertag (Ostersonntag)" says more than "Sonntag".
        var holiday = PublicHolidays.Find(state, date);
        if (holiday is not null)
        {
            return string.Concat("Feiertag (", holiday.Name, ")");
        }

        return date.DayOfWeek switch
        {
            DayOfWeek.Saturday => "Samstag",
            DayOfWeek.Sunday => "Sonntag",
            _ => null,
        };
    }
}
