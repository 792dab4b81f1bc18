using Werkstatt.Service.Notifications;

namespace Werkstatt.Service.Jobs.Dashboard;

/// <summary>Everything the page "Hintergrundaufgaben" shows.</summary>
public sealed record JobDashboard(
    IReadOnlyList<PlannedJobView> Planned,
    IReadOnlyList<JobRun> Runs,
    IReadOnlyList<JobRun> Failures,
    IReadOnlyDictionary<OutboxStatus, int> OutboxCounts,
    IReadOnlyList<OutboxMessage> Pending,
    IReadOnlyList<OutboxMessage> Failed,
    IReadOnlyList<OutboxMessage> Sent,
    IReadOnlyList<SchedulerInstanceView> Instances,
    bool Clustered,
    IReadOnlyDictionary<Guid, string> Titles);
