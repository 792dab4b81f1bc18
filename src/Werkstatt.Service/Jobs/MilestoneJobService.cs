using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Network;
using Werkstatt.Domain.Processes;
using Werkstatt.Domain.Review;
using Werkstatt.Service.Jobs.Recipients;
using Werkstatt.Service.Notifications;
using Werkstatt.Service.Persistence;
using Werkstatt.Service.WorkshopNotes;
using WerkstattAggregate = Werkstatt.Domain.Cycle.Werkstatt;

namespace Werkstatt.Service.Jobs;

/// <summary>
/// What a Werkstatt's job does when it fires. It decides from the database and the injected clock whether the step
/// is (still) due – so a stale trigger does nothing and tests move the clock instead of waiting – and writes reminder
/// mails into the outbox or runs the milestone's deadline action.
/// </summary>
public sealed class MilestoneJobService(
    WerkstattDbContext db,
    TimeProvider time,
    IServiceProvider services,
    DeadlineActionRegistry deadlineActions,
    ReminderSettingsService settings,
    MailComposer composer,
    OutboxWriter outbox,
    PeopleDirectory people,
    ActionItemsDue actionItems)
{
    // Quartz may start a job a moment before the second its trigger named.
    private static readonly TimeSpan Tolerance = TimeSpan.FromSeconds(1);

    /// <summary>The jobs the Werkstatt should have now.</summary>
    public async Task<IReadOnlyList<JobStep>> PlanAsync(WerkstattAggregate werkstatt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(werkstatt);
        return JobPlanner.Plan(
            werkstatt, await settings.ForAsync(werkstatt.NetworkId, cancellationToken), deadlineActions.Kinds, time.GetUtcNow(), await ReworkAsync(werkstatt, cancellationToken),
            await actionItems.OpenAsync(werkstatt, cancellationToken));
    }

    /// <summary>The Werkstatt's submissions waiting for rework, with their deadlines.</summary>
    public async Task<IReadOnlyList<ReworkDue>> ReworkAsync(WerkstattAggregate werkstatt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(werkstatt);
        if (!MilestoneWork.IsOpen(werkstatt.Phase, MilestoneKind.ReviewDue))
        {
            return [];
        }

        var open = await db.Set<Submission>().AsNoTracking()
            .Where(s => s.WerkstattId == werkstatt.Id && s.State == ReviewState.ReworkRequested && s.ReworkDeadline != null)
            .ToListAsync(cancellationToken);
        if (open.Count == 0)
        {
            return [];
        }

        var processIds = open.Select(s => s.ProcessId).Distinct().ToList();
        var memberIds = open.Select(s => s.MemberId).Distinct().ToList();
        var processes = await db.Set<Process>().AsNoTracking().Where(p => processIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
        var members = await db.Members.AsNoTracking().Where(m => memberIds.Contains(m.Id)).ToDictionaryAsync(m => m.Id, m => m.Name, cancellationToken);
        return open
            .Select(s => new ReworkDue(
                s.ProcessId.Value, s.MemberId.Value, processes.GetValueOrDefault(s.ProcessId, "–"), members.GetValueOrDefault(s.MemberId, "–"),
                s.ReworkDeadline!.Value, s.History.LastOrDefault(h => h.To == ReviewState.ReworkRequested)?.At ?? s.ReworkDeadline.Value))
            .OrderBy(r => r.Deadline)
            .ToList();
    }

    /// <summary>Runs step <paramref name="stepName"/> if it is due for the milestone date it was planned for.</summary>
    public async Task<StepResult> RunStepAsync(WerkstattId id, string stepName, DateTimeOffset plannedFor, CancellationToken cancellationToken = default)
    {
        var werkstatt = await db.Werkstaetten.AsNoTracking().FirstOrDefaultAsync(w => w.Id == id, cancellationToken);
        if (werkstatt is null)
        {
            return StepResult.Skipped("Die Werkstatt gibt es nicht mehr.");
        }

        var step = (await PlanAsync(werkstatt, cancellationToken)).FirstOrDefault(s => s.Name == stepName);
        if (step is null)
        {
            return StepResult.Skipped($"Nicht mehr geplant (Phase „{werkstatt.Phase.GermanName()}“).");
        }

        if (step.MilestoneAt != plannedFor)
        {
            return StepResult.Skipped("Die Frist wurde verschoben; der Auftrag ist neu geplant.");
        }

        if (time.GetUtcNow() + Tolerance < step.FireAt)
        {
            return StepResult.Skipped("Noch nicht fällig.");
        }

        return step.Kind == StepKind.Deadline
            ? StepResult.Completed(await services.GetRequiredKeyedService<IDeadlineAction>(step.Milestone).RunAsync(werkstatt, cancellationToken))
            : await NotifyAsync(werkstatt, step, cancellationToken);
    }

    private async Task<StepResult> NotifyAsync(WerkstattAggregate werkstatt, JobStep step, CancellationToken cancellationToken)
    {
        IReadOnlyList<Recipient> recipients;
        if (step is { Action: { } action, Kind: StepKind.Reminder })
        {
            // An action item is its owner member's: its people are reminded.
            recipients = await people.OfMemberAsync(werkstatt.NetworkId, new MemberId(action.Owner), cancellationToken);
        }
        else if (step is { Rework: { } rework, Kind: StepKind.Reminder })
        {
            // The rework is the member's own: its people are reminded, not everyone's.
            recipients = await people.OfMemberAsync(werkstatt.NetworkId, new MemberId(rework.MemberId), cancellationToken);
        }
        else if (services.GetKeyedService<IRecipientResolver>(RecipientKeys.For(step.Kind, step.Milestone)) is { } resolver)
        {
            recipients = await resolver.ResolveAsync(werkstatt, cancellationToken);
        }
        else
        {
            return StepResult.Skipped("Für diese Erinnerung sind keine Empfänger festgelegt.");
        }

        var topic = step.Kind == StepKind.Escalation ? ReminderTopic.Escalation
            : step.Rework is not null ? ReminderTopic.Modelling
            : step.Action is not null ? ReminderTopic.FollowUp
            : MilestoneWork.Topic(step.Milestone);
        var notifications = recipients
            .Select(r => new OutgoingNotification(
                werkstatt.NetworkId.Value,
                werkstatt.Id.Value,
                r,
                step.Name,
                $"werkstatt:{werkstatt.Id.Value:N}",
                step.Version,
                topic,
                composer.Compose(step, werkstatt, r.Name),
                step.FireAt))
            .ToList();
        var added = await outbox.EnqueueAsync(notifications, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return StepResult.Completed($"{added} von {recipients.Count} Nachrichten neu in den Postausgang gelegt.");
    }
}
