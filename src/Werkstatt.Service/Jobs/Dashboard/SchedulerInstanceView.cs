namespace Werkstatt.Service.Jobs.Dashboard;

/// <summary>One scheduler instance of the cluster with its last check-in.</summary>
public sealed record SchedulerInstanceView(string Instance, DateTimeOffset LastCheckin, TimeSpan Interval, bool Alive);
