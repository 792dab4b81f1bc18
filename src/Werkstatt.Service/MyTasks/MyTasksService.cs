using Microsoft.EntityFrameworkCore;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Network;
using Werkstatt.Service.Common;
using Werkstatt.Service.Persistence;
using Werkstatt.Service.Persistence.Queries;

namespace Werkstatt.Service.MyTasks;

/// <summary>"Meine Aufgaben": asks every registered <see cref="IMyTaskSource"/> what the actor has to do, grouped by Werkstatt.</summary>
public sealed class MyTasksService(WerkstattDbContext db, IEnumerable<IMyTaskSource> sources, TimeProvider time)
{
    public const string NetworkGroupTitle = "Netzwerk";

    public async Task<Result<MyTasksView>> ForAsync(Actor actor, NetworkId networkId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.BelongsTo(networkId))
        {
            return Error.Forbidden();
        }

        var now = time.GetUtcNow();
        var open = await HotQueries.ListAsync(ProgressQueries.OpenWerkstaetten(db, networkId), cancellationToken);
        var context = new MyTaskContext(actor, networkId, now, open.OrderBy(w => w.Schedule.Day1Start).ToList());

        // One after the other: the sources share this request's DbContext.
        var tasks = new List<MyTask>();
        foreach (var source in sources)
        {
            tasks.AddRange(await source.TasksAsync(context, cancellationToken));
        }

        return new MyTasksView(now, Group(tasks), context.OpenWerkstaetten);
    }

    /// <summary>Groups by Werkstatt; groups and tasks by due date (none last), then by priority. The network's own tasks come first.</summary>
    public static IReadOnlyList<MyTaskGroup> Group(IEnumerable<MyTask> tasks)
    {
        ArgumentNullException.ThrowIfNull(tasks);
        return tasks
            .GroupBy(t => t.WerkstattId)
            .Select(g => new MyTaskGroup(
                g.Key,
                g.Key is null ? NetworkGroupTitle : g.First().WerkstattTitle ?? string.Empty,
                g.OrderBy(t => t.Due ?? DateTimeOffset.MaxValue).ThenByDescending(t => t.Priority).ThenBy(t => t.Title, StringComparer.CurrentCulture).ToList()))
            .OrderBy(g => g.WerkstattId is null ? 0 : 1)
            .ThenBy(g => g.Tasks.Min(t => t.Due ?? DateTimeOffset.MaxValue))
            .ThenBy(g => g.Title, StringComparer.CurrentCulture)
            .ToList();
    }
}
