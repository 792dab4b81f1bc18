namespace Werkstatt.Service.Calendar;

/// <summary>An ATTENDEE: who, in which role (RFC 5545 ROLE: REQ-PARTICIPANT, OPT-PARTICIPANT, CHAIR).</summary>
public sealed record CalendarAttendee(string Email, string Name, string Role = "REQ-PARTICIPANT");
