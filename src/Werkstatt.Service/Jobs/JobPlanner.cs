using Werkstatt.Domain.Cycle;
using WerkstattAggregate = Werkstatt.Domain.Cycle.Werkstatt;

namespace Werkstatt.Service.Jobs;

/// <summary>
/// Which jobs a Werkstatt should have now: reminders before deadlines that are still ahead, deadline actions and
/// escalations for work that is still open. Pure, so it is tested without Quartz and re-run at fire time to tell
/// a stale trigger from a due one.
/// </summary>
public static class JobPlanner
{
    public static IReadOnlyList<JobStep> Plan(WerkstattAggregate werkstatt, ReminderSettings settings, IReadOnlySet<MilestoneKind> deadlineActions, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(werkstatt);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(deadlineActions);
        var steps = new List<JobStep>();
        if (werkstatt.Phase.IsClosed())
        {
            return steps;
        }

        foreach (var milestone in werkstatt.Schedule.Milestones())
        {
            if (!MilestoneWork.IsOpen(werkstatt.Phase, milestone.Kind))
            {
                continue;
            }

            if (milestone.At > now)
            {
                // Of the reminders whose time has already passed only the latest is kept: a Werkstatt planned late
                // gets one reminder now, not all of them at once.
                var reminders = MilestoneWork.ReminderDays(settings, milestone.Kind)
                    .Select(days => new JobStep(StepKind.Reminder, milestone.Kind, days, milestone.At))
                    .ToList();
                var passed = reminders.Where(r => r.FireAt <= now).OrderBy(r => r.Days).Take(1);
                steps.AddRange(reminders.Where(r => r.FireAt > now).Concat(passed));
            }

            if (deadlineActions.Contains(milestone.Kind))
            {
                steps.Add(new JobStep(StepKind.Deadline, milestone.Kind, 0, milestone.At));
            }

            if (settings.EscalationDays > 0 && MilestoneWork.Escalated.Contains(milestone.Kind))
            {
                steps.Add(new JobStep(StepKind.Escalation, milestone.Kind, settings.EscalationDays, milestone.At));
            }
        }

        return steps.OrderBy(s => s.FireAt).ToList();
    }
}
