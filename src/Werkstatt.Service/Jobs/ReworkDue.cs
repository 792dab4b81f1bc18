namespace Werkstatt.Service.Jobs;

/// <summary>
/// A submission the reviewer sent back for rework: whose, of which process, until when, and since when (reminders
/// that would have gone out before the request are not sent at all).
/// </summary>
public sealed record ReworkDue(Guid ProcessId, Guid MemberId, string ProcessName, string MemberName, DateTimeOffset Deadline, DateTimeOffset RequestedAt);
