namespace Werkstatt.Service.Jobs;

/// <summary>One execution of a background job, for the page "Hintergrundaufgaben" (Quartz keeps no history).</summary>
public sealed class JobRun
{
    public const int NameMaxLength = 200;
    public const int OutcomeMaxLength = 20;
    public const int DetailMaxLength = 2000;

    public long Id { get; set; }

    public string JobName { get; set; } = string.Empty;

    public string JobGroup { get; set; } = string.Empty;

    public Guid? WerkstattId { get; set; }

    public string Instance { get; set; } = string.Empty;

    public DateTimeOffset? ScheduledAt { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    public long DurationMs { get; set; }

    /// <summary>Succeeded, Skipped or Failed.</summary>
    public string Outcome { get; set; } = string.Empty;

    /// <summary>What it did or why it was skipped; the error when it failed.</summary>
    public string? Detail { get; set; }
}
