namespace Werkstatt.Domain.Invitations;

/// <summary>
/// What the participants were told about one workshop day: the facts whose change is "significant" (RFC 5546).
/// <see cref="AgendaTimes"/> is the day's timetable (starts and durations, not titles), so a changed time in the
/// agenda re-sends the invitation and a renamed slot does not.
/// </summary>
public sealed record DaySnapshot(DateTimeOffset Start, DateTimeOffset End, string Location, string? Link, bool Cancelled, string AgendaTimes = "");
