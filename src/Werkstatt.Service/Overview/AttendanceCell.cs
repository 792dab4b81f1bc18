namespace Werkstatt.Service.Overview;

/// <summary>One member at one Werkstatt: days on which at least one of its people was present, of the days held so far.</summary>
public sealed record AttendanceCell(int Attended, int Invited);
