namespace Werkstatt.Domain.Invitations;

/// <summary>
/// One workshop day as a calendar event: its own UID (derived from Werkstatt and day number) and a SEQUENCE that
/// starts at 0, rises with every significant change after the first sending and never goes down.
/// </summary>
public sealed class CalendarDay
{
    public const int LocationMaxLength = 2000;

    private CalendarDay()
    {
        Location = string.Empty;
    }

    public int Id { get; private set; }

    /// <summary>1 or 2.</summary>
    public int Number { get; private set; }

    public int Sequence { get; private set; }

    public DateTimeOffset Start { get; private set; }

    public DateTimeOffset End { get; private set; }

    public string Location { get; private set; }

    public string? Link { get; private set; }

    public bool Cancelled { get; private set; }

    /// <summary>The agenda's starts and durations sent with this day (empty without agenda).</summary>
    public string AgendaTimes { get; private set; } = string.Empty;

    /// <summary>The event's id in the organizer's Outlook calendar (Graph delivery).</summary>
    public string? GraphEventId { get; private set; }

    /// <summary>What was last written to Graph for this day (the service's own serialised snapshot), to PATCH only what changed.</summary>
    public string? GraphState { get; private set; }

    /// <summary>The Teams join link Graph returned for this day.</summary>
    public string? JoinUrl { get; private set; }

    public DaySnapshot Snapshot => new(Start, End, Location, Link, Cancelled, AgendaTimes);

    internal static CalendarDay First(int number, DaySnapshot snapshot) => new()
    {
        Number = number,
        Sequence = 0,
        Start = snapshot.Start,
        End = snapshot.End,
        Location = snapshot.Location,
        Link = snapshot.Link,
        Cancelled = snapshot.Cancelled,
        AgendaTimes = snapshot.AgendaTimes,
    };

    /// <summary>Records what Graph now holds for this day.</summary>
    public void GraphSynced(string eventId, string state, string? joinUrl)
    {
        GraphEventId = eventId;
        GraphState = state;
        JoinUrl = joinUrl ?? JoinUrl;
    }

    /// <summary>Takes the current facts; returns true (and raises the sequence) when they differ from what was sent.</summary>
    internal bool Take(DaySnapshot snapshot)
    {
        if (snapshot == Snapshot)
        {
            return false;
        }

        Sequence++;
        Start = snapshot.Start;
        End = snapshot.End;
        Location = snapshot.Location;
        Link = snapshot.Link;
        Cancelled = snapshot.Cancelled;
        AgendaTimes = snapshot.AgendaTimes;
        return true;
    }
}
