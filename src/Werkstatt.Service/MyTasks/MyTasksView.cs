namespace Werkstatt.Service.MyTasks;

/// <summary>Everything due from one person, grouped by Werkstatt; <see cref="Now"/> is the instant overdue was judged at.</summary>
public sealed record MyTasksView(DateTimeOffset Now, IReadOnlyList<MyTaskGroup> Groups)
{
    public int Count => Groups.Sum(g => g.Tasks.Count);

    public int OverdueCount => Groups.Sum(g => g.Tasks.Count(t => t.IsOverdue(Now)));

    public IEnumerable<MyTask> All => Groups.SelectMany(g => g.Tasks);
}
