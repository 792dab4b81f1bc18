using Werkstatt.Domain.Cycle;

namespace Werkstatt.Service.Jobs;

/// <summary>
/// The jobs of one open action item: reminders to the owner member before its due day (the network's follow-up offsets,
/// only those after the item was agreed) and one escalation to the coordination after it.
/// </summary>
public static class ActionItemSteps
{
    public static IEnumerable<JobStep> For(ActionItemDue item, ReminderSettings settings, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(settings);
        if (item.NoticeAt > now)
        {
            foreach (var step in JobPlanner.Reminders(MilestoneWork.ReminderDays(settings, MilestoneKind.FollowUpDue)
                .Select(days => new JobStep(StepKind.Reminder, MilestoneKind.FollowUpDue, days, item.NoticeAt, Action: item))
                .Where(r => r.FireAt >= item.CreatedAt), now))
            {
                yield return step;
            }
        }

        if (settings.EscalationDays > 0)
        {
            yield return new JobStep(StepKind.Escalation, MilestoneKind.FollowUpDue, settings.EscalationDays, item.NoticeAt, Action: item);
        }
    }
}
