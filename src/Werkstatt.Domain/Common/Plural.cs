using System.Globalization;

namespace Werkstatt.Domain.Common;

/// <summary>German counts with the right noun form: "1 Prozess", "2 Prozesse", "0 Prozesse".</summary>
public static class Plural
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    /// <summary>The count (with thousands separator) and the noun in singular for exactly one, plural otherwise.</summary>
    public static string Of(int count, string singular, string plural) => $"{count.ToString("N0", German)} {Word(count, singular, plural)}";

    /// <summary>Only the word: singular for exactly one, plural otherwise (also for zero).</summary>
    public static string Word(int count, string singular, string plural) => count == 1 ? singular : plural;
}
