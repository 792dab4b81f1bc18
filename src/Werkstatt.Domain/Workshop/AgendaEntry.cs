using Werkstatt.Domain.Processes;

namespace Werkstatt.Domain.Workshop;

/// <summary>A stored agenda slot of one workshop day, ordered by <see cref="Position"/>.</summary>
public sealed class AgendaEntry
{
    public const int TitleMaxLength = 150;

    private AgendaEntry()
    {
    }

    internal AgendaEntry(int day, int position, AgendaItem item)
    {
        Day = day;
        Position = position;
        Kind = item.Kind;
        ProcessId = item.ProcessId;
        Title = item.Title;
        StartMinutes = (item.Start.Hour * 60) + item.Start.Minute;
        DurationMinutes = item.DurationMinutes;
    }

    /// <summary>1 or 2: the workshop day.</summary>
    public int Day { get; private set; }

    public int Position { get; private set; }

    public AgendaEntryKind Kind { get; private set; }

    public ProcessId? ProcessId { get; private set; }

    public string? Title { get; private set; }

    /// <summary>Minutes after midnight, Berlin time.</summary>
    public int StartMinutes { get; private set; }

    public int DurationMinutes { get; private set; }

    public TimeOnly Start => new(StartMinutes / 60, StartMinutes % 60);

    public TimeOnly End => Start.AddMinutes(DurationMinutes);

    public AgendaItem ToItem() => new(Kind, ProcessId, Title, Start, DurationMinutes);
}
