using System.Globalization;

namespace Werkstatt.Service.Jobs;

/// <summary>
/// A network's reminder offsets in days before each deadline (comma-separated, e.g. "7,2"), and after how many days
/// overdue work escalates to the coordination. No row means <see cref="Defaults"/>.
/// </summary>
public sealed class ReminderSettings
{
    public const int ListMaxLength = 40;

    public Guid NetworkId { get; set; }

    public string VotingDays { get; set; } = "2";

    public string ModellingDays { get; set; } = "7,2";

    public string ReviewDays { get; set; } = "3";

    public string WorkshopDays { get; set; } = "7,1";

    public string FollowUpDays { get; set; } = "2";

    public int EscalationDays { get; set; } = 1;

    public static ReminderSettings Defaults(Guid networkId) => new() { NetworkId = networkId };

    /// <summary>"7, 2" → [7, 2]; throws <see cref="FormatException"/> on anything but whole days 1–365.</summary>
    public static IReadOnlyList<int> ParseDays(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var days = new List<int>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var day) || day is < 1 or > 365)
            {
                throw new FormatException($"„{part}“ ist keine Tageszahl zwischen 1 und 365.");
            }

            days.Add(day);
        }

        return days.Distinct().OrderDescending().ToList();
    }
}
