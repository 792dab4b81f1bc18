using WerkstattAggregate = Werkstatt.Domain.Cycle.Werkstatt;

namespace Werkstatt.Service.MyTasks;

/// <summary>
/// Everything due from one person, grouped by Werkstatt; <see cref="Now"/> is the instant overdue was judged at.
/// <see cref="OpenWerkstaetten"/> are the network's Werkstätten that are neither published nor cancelled, by first day.
/// </summary>
public sealed record MyTasksView(DateTimeOffset Now, IReadOnlyList<MyTaskGroup> Groups, IReadOnlyList<WerkstattAggregate> OpenWerkstaetten)
{
    public int Count => Groups.Sum(g => g.Tasks.Count);

    public int OverdueCount => Groups.Sum(g => g.Tasks.Count(t => t.IsOverdue(Now)));

    public IEnumerable<MyTask> All => Groups.SelectMany(g => g.Tasks);
}
