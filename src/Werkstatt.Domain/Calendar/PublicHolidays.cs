using System.Collections.Concurrent;
using System.Collections.ObjectModel;

namespace Werkstatt.Domain.Calendar;

/// <summary>Statewide statutory public holidays of the German federal states.</summary>
/// <remarks>
/// Only holidays that hold in a whole state are listed. Holidays that hold in only part of a state
/// are left out because they depend on the municipality, not the state: the Augsburger Friedensfest
/// (8 August, city of Augsburg), Mariä Himmelfahrt in the predominantly Catholic municipalities of
/// Bayern, and Fronleichnam in some municipalities of Sachsen and Thüringen.
/// The rules follow current law, including the year a holiday was introduced where the law changed
/// after reunification; older history (e.g. Buß- und Bettag nationwide until 1994, 17 June before
/// 1990) is not modelled.
/// </remarks>
public static class PublicHolidays
{
    /// <summary>First year of the Gregorian calendar's Easter rule.</summary>
    public const int MinYear = 1583;

    /// <summary>Last year a <see cref="DateOnly"/> can hold.</summary>
    public const int MaxYear = 9999;

    // At most 16 states x 8417 years of ~14 small records, so the cache needs no eviction.
    private static readonly ConcurrentDictionary<(FederalState State, int Year), IReadOnlyList<PublicHoliday>> Cache = new();

    /// <summary>Easter Sunday of the given year in the Gregorian calendar.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside 1583..9999.</exception>
    public static DateOnly EasterSunday(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, MinYear);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, MaxYear);

        // Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var n = h + l - (7 * m) + 114;
        return new DateOnly(year, n / 31, (n % 31) + 1);
    }

    /// <summary>The statewide public holidays of a state in a year, sorted by date.</summary>
    /// <remarks>
    /// Two holidays can fall on the same day (Christi Himmelfahrt on 1 May, e.g. in 2008); both are
    /// listed, Tag der Arbeit first.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">The state is undefined or the year is outside 1583..9999.</exception>
    public static IReadOnlyList<PublicHoliday> For(FederalState state, int year)
    {
        if (!Enum.IsDefined(state))
        {
            throw new ArgumentOutOfRangeException(nameof(state), state, "Unknown federal state.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(year, MinYear);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, MaxYear);
        return Cache.GetOrAdd((state, year), static key => Compute(key.State, key.Year));
    }

    /// <summary>The public holiday on the given date in the state, or null if there is none.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The state is undefined or the date is before 1583.</exception>
    public static PublicHoliday? Find(FederalState state, DateOnly date)
    {
        foreach (var holiday in For(state, date.Year))
        {
            if (holiday.Date == date)
            {
                return holiday;
            }
        }

        return null;
    }

    private static ReadOnlyCollection<PublicHoliday> Compute(FederalState state, int year)
    {
        var easter = EasterSunday(year);
        var holidays = new List<PublicHoliday>(16);

        void Add(DateOnly date, string name) => holidays.Add(new PublicHoliday(date, name));

        Add(new DateOnly(year, 1, 1), "Neujahr");

        if (state is FederalState.BadenWuerttemberg or FederalState.Bayern or FederalState.SachsenAnhalt)
        {
            Add(new DateOnly(year, 1, 6), "Heilige Drei Könige");
        }

        if ((state == FederalState.Berlin && year >= 2019) || (state == FederalState.MecklenburgVorpommern && year >= 2023))
        {
            Add(new DateOnly(year, 3, 8), "Internationaler Frauentag");
        }

        Add(easter.AddDays(-2), "Karfreitag");

        // Brandenburg's holiday law names Easter and Whit Sunday explicitly; elsewhere they are just Sundays.
        if (state == FederalState.Brandenburg)
        {
            Add(easter, "Ostersonntag");
        }

        Add(easter.AddDays(1), "Ostermontag");
        Add(new DateOnly(year, 5, 1), "Tag der Arbeit");

        // One-off holidays for the 75th and 80th anniversaries of the end of the war.
        if (state == FederalState.Berlin && year is 2020 or 2025)
        {
            Add(new DateOnly(year, 5, 8), "Tag der Befreiung");
        }

        Add(easter.AddDays(39), "Christi Himmelfahrt");

        if (state == FederalState.Brandenburg)
        {
            Add(easter.AddDays(49), "Pfingstsonntag");
        }

        Add(easter.AddDays(50), "Pfingstmontag");

        if (state is FederalState.BadenWuerttemberg or FederalState.Bayern or FederalState.Hessen
            or FederalState.NordrheinWestfalen or FederalState.RheinlandPfalz or FederalState.Saarland)
        {
            Add(easter.AddDays(60), "Fronleichnam");
        }

        if (state == FederalState.Saarland)
        {
            Add(new DateOnly(year, 8, 15), "Mariä Himmelfahrt");
        }

        if (state == FederalState.Thueringen && year >= 2019)
        {
            Add(new DateOnly(year, 9, 20), "Weltkindertag");
        }

        Add(new DateOnly(year, 10, 3), "Tag der Deutschen Einheit");

        if (IsReformationDay(state, year))
        {
            Add(new DateOnly(year, 10, 31), "Reformationstag");
        }

        if (state is FederalState.BadenWuerttemberg or FederalState.Bayern or FederalState.NordrheinWestfalen
            or FederalState.RheinlandPfalz or FederalState.Saarland)
        {
            Add(new DateOnly(year, 11, 1), "Allerheiligen");
        }

        if (state == FederalState.Sachsen)
        {
            Add(WednesdayBeforeNovember23(year), "Buß- und Bettag");
        }

        Add(new DateOnly(year, 12, 25), "1. Weihnachtstag");
        Add(new DateOnly(year, 12, 26), "2. Weihnachtstag");

        // OrderBy is stable, so same-day holidays keep the order they were added in.
        return Array.AsReadOnly(holidays.OrderBy(holiday => holiday.Date).ToArray());
    }

    private static bool IsReformationDay(FederalState state, int year) =>
        year == 2017 // 500th anniversary: nationwide once.
        || state is FederalState.Brandenburg or FederalState.MecklenburgVorpommern or FederalState.Sachsen
            or FederalState.SachsenAnhalt or FederalState.Thueringen
        || (year >= 2018 && state is FederalState.Bremen or FederalState.Hamburg or FederalState.Niedersachsen
            or FederalState.SchleswigHolstein);

    private static DateOnly WednesdayBeforeNovember23(int year)
    {
        var november22 = new DateOnly(year, 11, 22);
        var daysBack = ((int)november22.DayOfWeek - (int)DayOfWeek.Wednesday + 7) % 7;
        return november22.AddDays(-daysBack);
    }
}
