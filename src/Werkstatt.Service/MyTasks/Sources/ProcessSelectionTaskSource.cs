using Werkstatt.Domain.Common;
using Werkstatt.Domain.Cycle;
using Werkstatt.Service.Progress;

namespace Werkstatt.Service.MyTasks.Sources;

/// <summary>Process selection: the coordination derives processes from the selected topics before the assignment can open.</summary>
public sealed class ProcessSelectionTaskSource(CycleProgressReader progress) : IMyTaskSource
{
    public async Task<IReadOnlyList<MyTask>> TasksAsync(MyTaskContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.Coordinates)
        {
            return [];
        }

        var tasks = new List<MyTask>();
        foreach (var w in context.In(Phase.ProcessSelection))
        {
            var missing = await progress.SelectedTopicsWithoutProcessAsync(w.Id, cancellationToken);
            var none = await progress.ProcessCountAsync(w.Id, cancellationToken) == 0;
            if (missing > 0 || none)
            {
                var text = missing > 0
                    ? $"{Plural.Of(missing, "gewähltes Thema hat", "gewählte Themen haben")} noch keinen Prozess."
                    : "Es ist noch kein Prozess abgeleitet.";
                tasks.Add(new MyTask(
                    "Prozesse ableiten",
                    $"{text} Leiten Sie aus den gewählten Themen konkrete Prozesse ab, damit die Zuteilung beginnen kann.",
                    w.Schedule.AssignmentConfirmed, WerkstattLinks.Processes(w.Id), MyTaskKinds.DeriveProcesses, w.Id, w.Title, MyTaskPriority.High));
            }
        }

        return tasks;
    }
}
