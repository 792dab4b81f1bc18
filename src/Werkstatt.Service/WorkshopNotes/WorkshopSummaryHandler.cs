using Microsoft.EntityFrameworkCore;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Cycle.Events;
using Werkstatt.Domain.Processes;
using Werkstatt.Domain.WorkshopNotes;
using Werkstatt.Service.Events;
using Werkstatt.Service.Jobs.Recipients;
using Werkstatt.Service.Notifications;
using Werkstatt.Service.Persistence;

namespace Werkstatt.Service.WorkshopNotes;

/// <summary>
/// When a Werkstatt enters the follow-up, every member of the network gets a short German summary: the decisions, its own
/// action items and the others' in brief. Written into the outbox in the transaction of the phase change, with one key
/// per person and Werkstatt, so a retried transition or a second handler run sends nothing twice.
/// </summary>
public sealed class WorkshopSummaryHandler(WerkstattDbContext db, PeopleDirectory people, OutboxWriter outbox, WorkshopSummaryMail mail) : IHandles<WerkstattPhaseChanged>
{
    public const string Reason = "Workshop.Summary";

    public async Task HandleAsync(WerkstattPhaseChanged domainEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        if (domainEvent.To != Phase.FollowUp)
        {
            return;
        }

        var id = domainEvent.WerkstattId;
        var werkstatt = db.Werkstaetten.Local.FirstOrDefault(w => w.Id == id)
            ?? await db.Werkstaetten.AsNoTracking().FirstAsync(w => w.Id == id, cancellationToken);
        var processes = await db.Set<Process>().AsNoTracking().Where(p => p.WerkstattId == id).ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
        var decisions = await db.Set<WorkshopNote>().AsNoTracking().Where(n => n.WerkstattId == id && n.Kind == NoteKind.Decision).ToListAsync(cancellationToken);
        var items = await db.Set<ActionItem>().AsNoTracking().Where(a => a.WerkstattId == id).ToListAsync(cancellationToken);
        var members = await db.Members.AsNoTracking().Where(m => m.NetworkId == werkstatt.NetworkId).OrderBy(m => m.Name).ToListAsync(cancellationToken);
        var summary = new WorkshopSummary(
            werkstatt,
            decisions.OrderBy(n => processes.GetValueOrDefault(n.ProcessId), StringComparer.CurrentCulture).ThenBy(n => n.WrittenAt)
                .Select(n => new SummaryLine(processes.GetValueOrDefault(n.ProcessId, "–"), n.Text, null, null)).ToList(),
            items.OrderBy(a => a.Due).ThenBy(a => a.CreatedAt)
                .Select(a => new SummaryLine(processes.GetValueOrDefault(a.ProcessId, "–"), a.Text, a.Owner, a.Due)).ToList(),
            members.ToDictionary(m => m.Id, m => m.Name));

        var notifications = new List<OutgoingNotification>();
        foreach (var member in members)
        {
            foreach (var recipient in await people.OfMemberAsync(werkstatt.NetworkId, member.Id, cancellationToken))
            {
                notifications.Add(new OutgoingNotification(
                    werkstatt.NetworkId.Value, id.Value, recipient, Reason, $"werkstatt:{id.Value:N}", "1", ReminderTopic.Workshop,
                    mail.Compose(summary, member.Id, recipient.Name), domainEvent.OccurredAt));
            }
        }

        await outbox.EnqueueAsync(notifications, cancellationToken);
    }
}
