using System.Globalization;

namespace Werkstatt.Service.Jobs.Quartz;

/// <summary>The keys of our job data (all strings) and the format of instants in it.</summary>
public static class JobData
{
    public const string Werkstatt = "werkstatt";
    public const string Step = "step";
    public const string MilestoneAt = "milestoneAt";
    public const string FireAt = "fireAt";

    public static string Format(DateTimeOffset instant) => instant.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);

    public static DateTimeOffset Parse(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
}
