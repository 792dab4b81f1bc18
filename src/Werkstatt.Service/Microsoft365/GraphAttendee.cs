namespace Werkstatt.Service.Microsoft365;

/// <summary>A required attendee of a Graph event.</summary>
public sealed record GraphAttendee(string Email, string Name);
