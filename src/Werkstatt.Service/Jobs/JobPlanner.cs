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
    public static IReadOnlyList<JobStep> Plan(
        WerkstattAggregate werkstatt, ReminderSettings settings, IReadOnlySet<MilestoneKind> deadlineActions, DateTimeOffset now, IReadOnlyList<ReworkDue>? rework = null,
        IReadOnlyList<ActionItemDue>? actions = null)
    {
        ArgumentNullException.ThrowIfNull(werkstatt);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(deadlineActions);
        var steps = new List<JobStep>();

        // Action items outlive the Werkstatt: they are reminded also after publishing.
        if (actions is not null && werkstatt.Phase != Phase.Cancelled)
        {
            steps.AddRange(actions.SelectMany(item => ActionItemSteps.For(item, settings, now)));
        }

        if (werkstatt.Phase.IsClosed())
        {
            return steps.OrderBy(s => s.FireAt).ToList();
        }

        foreach (var milestone in werkstatt.Schedule.Milestones())
        {
            if (!MilestoneWork.IsOpen(werkstatt.Phase, milestone.Kind))
            {
                continue;
            }

            if (milestone.At > now)
            {
                steps.AddRange(Reminders(MilestoneWork.ReminderDays(settings, milestone.Kind)
                    .Select(days => new JobStep(StepKind.Reminder, milestone.Kind, days, milestone.At)), now));
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

        if (rework is not null && MilestoneWork.IsOpen(werkstatt.Phase, MilestoneKind.ReviewDue))
        {
            steps.AddRange(rework.SelectMany(due => ReworkSteps(due, settings, now)));
        }

        return steps.OrderBy(s => s.FireAt).ToList();
    }

    // A rework deadline is reminded like the models' deadline (same offsets, to the member), and escalated to the coordination.
    private static IEnumerable<JobStep> ReworkSteps(ReworkDue due, ReminderSettings settings, DateTimeOffset now)
    {
        if (due.Deadline > now)
        {
            // Offsets longer than the time the member was given would fire at the request itself: not sent.
            foreach (var step in Reminders(MilestoneWork.ReminderDays(settings, MilestoneKind.ModelsDue)
                .Select(days => new JobStep(StepKind.Reminder, MilestoneKind.ReviewDue, days, due.Deadline, due))
                .Where(r => r.FireAt >= due.RequestedAt), now))
            {
                yield return step;
            }
        }

        if (settings.EscalationDays > 0)
        {
            yield return new JobStep(StepKind.Escalation, MilestoneKind.ReviewDue, settings.EscalationDays, due.Deadline, due);
        }
    }

    // Of the reminders whose time has already passed only the latest is kept: a Werkstatt planned late gets one
    // reminder now, not all of them at once.
    internal static IEnumerable<JobStep> Reminders(IEnumerable<JobStep> candidates, DateTimeOffset now)
    {
        var reminders = candidates.ToList();
        var passed = reminders.Where(r => r.FireAt <= now).OrderBy(r => r.Days).Take(1);
        return reminders.Where(r => r.FireAt > now).Concat(passed);
    }
}
