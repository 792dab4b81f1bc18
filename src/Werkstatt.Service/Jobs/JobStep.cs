using System.Globalization;
using Werkstatt.Domain.Cycle;

namespace Werkstatt.Service.Jobs;

/// <summary>
/// One planned job of a Werkstatt: a reminder <see cref="Days"/> before a milestone, the milestone's deadline action,
/// or an escalation <see cref="Days"/> after it. <see cref="Name"/> is stable, so re-planning finds the same job again.
/// A step with <see cref="Rework"/> is about one submission's rework deadline (then <see cref="MilestoneAt"/> is that
/// deadline and <see cref="Milestone"/> the quality review it belongs to). A step with <see cref="Action"/> is about one
/// action item of the workshop (then <see cref="MilestoneAt"/> is its due day at 08:00 Berlin).
/// </summary>
public sealed record JobStep(StepKind Kind, MilestoneKind Milestone, int Days, DateTimeOffset MilestoneAt, ReworkDue? Rework = null, ActionItemDue? Action = null)
{
    public DateTimeOffset FireAt => Kind switch
    {
        StepKind.Reminder => MilestoneAt.AddDays(-Days),
        StepKind.Escalation => MilestoneAt.AddDays(Days),
        _ => MilestoneAt,
    };

    /// <summary>E.g. <c>Reminder.VotingCloses.2d</c>, <c>Deadline.VotingCloses</c>, <c>Escalation.ModelsDue.1d</c>.</summary>
    public string Name => Action is { } a
        ? string.Create(CultureInfo.InvariantCulture, $"{Kind}.Action.{a.Id:N}.{Days}d")
        : Rework is { } r
        ? string.Create(CultureInfo.InvariantCulture, $"{Kind}.Rework.{r.ProcessId:N}.{r.MemberId:N}.{Days}d")
        : Kind == StepKind.Deadline
            ? $"{Kind}.{Milestone}"
            : string.Create(CultureInfo.InvariantCulture, $"{Kind}.{Milestone}.{Days}d");

    /// <summary>The version part of idempotency keys: a moved deadline makes new reminders, a repeated run none.</summary>
    public string Version => MilestoneAt.UtcDateTime.ToString("yyyyMMdd'T'HHmm'Z'", CultureInfo.InvariantCulture);

    public string GermanDescription => Action is { } action
        ? $"{(Kind == StepKind.Reminder ? "Erinnerung" : "Eskalation")} {Days} {(Days == 1 ? "Tag" : "Tage")} {(Kind == StepKind.Reminder ? "vor" : "nach")} der Frist der Maßnahme „{action.ProcessName}“ ({action.OwnerName})"
        : Rework is { } rework ? ReworkDescription(rework) : Kind switch
    {
        StepKind.Reminder => $"Erinnerung {Days} {(Days == 1 ? "Tag" : "Tage")} vor „{Domain.Cycle.Milestone.GermanLabel(Milestone)}“",
        StepKind.Deadline => $"Frist „{Domain.Cycle.Milestone.GermanLabel(Milestone)}“",
        _ => $"Eskalation {Days} {(Days == 1 ? "Tag" : "Tage")} nach „{Domain.Cycle.Milestone.GermanLabel(Milestone)}“",
    };

    private string ReworkDescription(ReworkDue rework) => Kind == StepKind.Reminder
        ? $"Erinnerung {Days} {(Days == 1 ? "Tag" : "Tage")} vor der Überarbeitungsfrist „{rework.ProcessName}“ ({rework.MemberName})"
        : $"Eskalation {Days} {(Days == 1 ? "Tag" : "Tage")} nach der Überarbeitungsfrist „{rework.ProcessName}“ ({rework.MemberName})";
}
