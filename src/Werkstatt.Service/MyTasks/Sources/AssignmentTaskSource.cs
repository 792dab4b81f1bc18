using Werkstatt.Domain.Common;
using Werkstatt.Domain.Cycle;
using Werkstatt.Service.Progress;

namespace Werkstatt.Service.MyTasks.Sources;

/// <summary>
/// Assignment: a member's process manager declares capacity and claims processes; the coordination lets the solver fill
/// the rest and confirms the plan — all before the assignment deadline.
/// </summary>
public sealed class AssignmentTaskSource(CycleProgressReader progress) : IMyTaskSource
{
    public async Task<IReadOnlyList<MyTask>> TasksAsync(MyTaskContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var tasks = new List<MyTask>();
        foreach (var w in context.In(Phase.Assignment))
        {
            var (confirmed, proposed, declared) = await progress.AssignmentAsync(w.Id, cancellationToken);
            if (confirmed)
            {
                continue;
            }

            var due = w.Schedule.AssignmentConfirmed;
            var link = WerkstattLinks.Assignment(w.Id);
            if (context.ManagedMember is { } member && !declared.Contains(member))
            {
                tasks.Add(new MyTask(
                    "Kapazität melden und Prozesse wählen",
                    "Melden Sie, wie viele Prozesse Ihre Verwaltung modellieren kann, und wählen Sie Prozesse, die Sie übernehmen möchten.",
                    due, link, MyTaskKinds.DeclareCapacity, w.Id, w.Title, MyTaskPriority.High));
            }

            if (!context.Coordinates)
            {
                continue;
            }

            var undeclared = await progress.MemberCountAsync(w.NetworkId, cancellationToken) - declared.Count;
            var waiting = undeclared > 0 ? $" {Plural.Of(undeclared, "Verwaltung hat", "Verwaltungen haben")} noch keine Kapazität gemeldet." : string.Empty;
            if (!proposed)
            {
                tasks.Add(new MyTask(
                    "Zuteilung berechnen",
                    "Lassen Sie die Zuteilung berechnen: Meldungen bleiben, der Rest wird fair verteilt." + waiting,
                    due, link, MyTaskKinds.SolveAssignment, w.Id, w.Title));
            }
            else
            {
                var unfilled = await progress.ProcessesWithoutFullAssignmentAsync(w.Id, cancellationToken);
                var gaps = unfilled > 0 ? $" {Plural.Of(unfilled, "Prozess ist", "Prozesse sind")} noch nicht voll besetzt." : string.Empty;
                tasks.Add(new MyTask(
                    "Zuteilung prüfen und bestätigen",
                    "Ein Vorschlag liegt vor; prüfen Sie ihn und bestätigen Sie die Zuteilung." + gaps + waiting,
                    due, link, MyTaskKinds.ConfirmAssignment, w.Id, w.Title, MyTaskPriority.High));
            }
        }

        return tasks;
    }
}
