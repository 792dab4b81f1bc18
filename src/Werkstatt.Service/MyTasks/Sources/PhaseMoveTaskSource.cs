using Werkstatt.Domain.Common;
using Werkstatt.Domain.Cycle;
using Werkstatt.Service.Progress;

namespace Werkstatt.Service.MyTasks.Sources;

/// <summary>
/// "Weiter zur Phase …" for the coordination, once nothing blocks the move (<see cref="PhaseBlockers"/>): at once where
/// the move waits only for finished work (vote closed, processes derived, plan confirmed), otherwise from
/// <see cref="Lead"/> before the milestone that ends the phase. Moving from topic collection to voting is
/// <see cref="VotingTaskSource"/>'s "Abstimmung eröffnen".
/// </summary>
public sealed class PhaseMoveTaskSource(PhaseBlockers blockers) : IMyTaskSource
{
    /// <summary>How long before its milestone a date-driven move appears.</summary>
    public static readonly TimeSpan Lead = TimeSpan.FromDays(2);

    public async Task<IReadOnlyList<MyTask>> TasksAsync(MyTaskContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.Coordinates)
        {
            return [];
        }

        var tasks = new List<MyTask>();
        foreach (var w in context.OpenWerkstaetten)
        {
            if (w.Phase == Phase.TopicCollection || w.Phase.Next() is not { } next)
            {
                continue;
            }

            var due = PhaseDates.PlannedEnd(w.Schedule, w.Phase);
            var workDriven = w.Phase is Phase.Voting or Phase.ProcessSelection or Phase.Assignment;
            if (!workDriven && context.Now < due - Lead)
            {
                continue;
            }

            if ((await blockers.ForNextPhaseAsync(w, context.Now, cancellationToken)).Count > 0)
            {
                continue;
            }

            tasks.Add(new MyTask(
                $"Weiter zur Phase „{next.GermanName()}“",
                $"Für die Phase „{w.Phase.GermanName()}“ ist alles erledigt, was der Wechsel braucht. Geplant ist der Wechsel bis {BerlinTime.FormatDateTime(due)}.",
                due, WerkstattLinks.Details(w.Id), MyTaskKinds.MovePhase, w.Id, w.Title));
        }

        return tasks;
    }
}
