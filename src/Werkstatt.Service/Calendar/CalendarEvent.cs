namespace Werkstatt.Service.Calendar;

/// <summary>One VEVENT as our writer knows it: timed (<see cref="Start"/>/<see cref="End"/>) or all-day (<see cref="AllDay"/>).</summary>
public sealed record CalendarEvent
{
    public required string Uid { get; init; }

    public int Sequence { get; init; }

    public DateTimeOffset Start { get; init; }

    public DateTimeOffset End { get; init; }

    /// <summary>Set for an all-day event (a deadline in the feed); <see cref="Start"/>/<see cref="End"/> are then ignored.</summary>
    public DateOnly? AllDay { get; init; }

    public required string Summary { get; init; }

    public string? Location { get; init; }

    public string? Description { get; init; }

    public string? Url { get; init; }

    public CalendarAttendee? Organizer { get; init; }

    public IReadOnlyList<CalendarAttendee> Attendees { get; init; } = [];

    /// <summary>CONFIRMED or CANCELLED (TENTATIVE is not used).</summary>
    public bool Cancelled { get; init; }
}
