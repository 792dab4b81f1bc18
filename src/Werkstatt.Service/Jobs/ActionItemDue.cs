namespace Werkstatt.Service.Jobs;

/// <summary>
/// An open action item of a Werkstatt: which, of which process, whose (owner member), what, when its reminders are
/// anchored (<see cref="NoticeAt"/>: the due day at 08:00 Berlin) and since when it exists (earlier reminders are not sent).
/// </summary>
public sealed record ActionItemDue(Guid Id, Guid ProcessId, Guid Owner, string ProcessName, string OwnerName, string Text, DateOnly Due, DateTimeOffset NoticeAt, DateTimeOffset CreatedAt);
