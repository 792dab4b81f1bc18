using System.Globalization;

namespace Werkstatt.Domain.Common;

/// <summary>Times are stored in UTC and shown in Europe/Berlin; this converts between the two.</summary>
public static class BerlinTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    public static DateTimeOffset ToBerlin(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(ToBerlin(instant).DateTime);

    /// <summary>The UTC instant of a Berlin wall-clock time; a time skipped by the spring change moves forward by the gap.</summary>
    public static DateTimeOffset ToUtc(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        if (Zone.IsInvalidTime(local))
        {
            local = local.AddHours(1);
        }

        // An ambiguous autumn hour is read as the first (summer time) occurrence.
        var offset = Zone.IsAmbiguousTime(local)
            ? Zone.GetAmbiguousTimeOffsets(local).Max()
            : Zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }

    public static string FormatDate(DateOnly date) => date.ToString("dd.MM.yyyy", German);

    public static string FormatDate(DateTimeOffset instant) => ToBerlin(instant).ToString("dd.MM.yyyy", German);

    public static string FormatDateTime(DateTimeOffset instant) => ToBerlin(instant).ToString("dd.MM.yyyy, HH:mm 'Uhr'", German);

    public static string FormatTime(DateTimeOffset instant) => ToBerlin(instant).ToString("HH:mm", German);

    public static string WeekdayName(DateOnly date) => German.DateTimeFormat.GetDayName(date.DayOfWeek);
}
