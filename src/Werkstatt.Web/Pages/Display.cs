using System.Globalization;
using Werkstatt.Domain.Common;
using Werkstatt.Domain.Cycle;

namespace Werkstatt.Web.Pages;

/// <summary>German display texts and input formats shared by the pages.</summary>
public static class Display
{
    /// <summary>The value format of <c>&lt;input type="datetime-local"&gt;</c>.</summary>
    public const string DateTimeLocal = "{0:yyyy-MM-dd'T'HH':'mm}";

    /// <summary>The value format of <c>&lt;input type="date"&gt;</c>.</summary>
    public const string DateInput = "{0:yyyy-MM-dd}";

    /// <summary>The value format of <c>&lt;input type="time"&gt;</c>.</summary>
    public const string TimeInput = "{0:HH':'mm}";

    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    public static string FormatName(this WorkshopFormat format) => format switch
    {
        WorkshopFormat.Online => "Online",
        WorkshopFormat.InPerson => "Präsenz",
        _ => format.ToString(),
    };

    /// <summary>With thousands separator: 310.000.</summary>
    public static string Number(int value) => value.ToString("N0", German);

    /// <summary>"fällt auf: Feiertag (Fronleichnam) – nächster Werktag: 05.06.2026".</summary>
    public static string Describe(this DateFlag flag)
    {
        ArgumentNullException.ThrowIfNull(flag);
        return $"fällt auf: {flag.Reason} – nächster Werktag: {BerlinTime.FormatDate(flag.SuggestedDate)}";
    }

    /// <summary>A stored instant as the Berlin wall time a datetime-local input shows.</summary>
    public static DateTime ToInput(DateTimeOffset instant) => BerlinTime.ToBerlin(instant).DateTime;

    /// <summary>A datetime-local value, read as Berlin wall time.</summary>
    public static DateTimeOffset FromInput(DateTime wallTime) => BerlinTime.ToUtc(DateOnly.FromDateTime(wallTime), TimeOnly.FromDateTime(wallTime));
}
