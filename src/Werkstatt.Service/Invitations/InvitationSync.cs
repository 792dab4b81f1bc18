using Microsoft.EntityFrameworkCore;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Invitations;
using Werkstatt.Domain.Network;
using Werkstatt.Domain.Participants;
using Werkstatt.Domain.Processes;
using Werkstatt.Service.Calendar;
using Werkstatt.Service.Jobs.Recipients;
using Werkstatt.Service.Microsoft365;
using Werkstatt.Service.Notifications;
using Werkstatt.Service.Persistence;
using Werkstatt.Service.Workshop;
using WerkstattAggregate = Werkstatt.Domain.Cycle.Werkstatt;

namespace Werkstatt.Service.Invitations;

/// <summary>
/// Brings what the participants' calendars hold in line with the Werkstatt, inside the caller's transaction: the
/// calendar aggregate decides which messages the current state implies, and only those whose key is not in the
/// outbox yet are added. So a double click, a retried request or a second handler run sends nothing twice.
/// </summary>
public sealed class InvitationSync(WerkstattDbContext db, InvitationComposer composer, OutboxWriter writer, OutboxSignal signal, GraphSignal graphSignal, AgendaReader agenda, TimeProvider time)
{
    public const string RequestReason = "Invitation.Request";
    public const string CancelReason = "Invitation.Cancel";

    /// <summary>Sends (first time or again, by the coordinator) or, with <paramref name="send"/> false, only follows changes of an already sent calendar.</summary>
    public async Task<int> SyncAsync(WerkstattAggregate werkstatt, WerkstattCalendar calendar, bool send, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(werkstatt);
        ArgumentNullException.ThrowIfNull(calendar);
        if (!send && !calendar.IsSent)
        {
            return 0;
        }

        var now = time.GetUtcNow();
        var content = await ContentAsync(werkstatt, cancellationToken);
        var days = content.Days();
        var attendees = await AttendeesAsync(werkstatt.Id, cancellationToken);
        var messages = send ? calendar.Send(days, attendees, now) : calendar.Synchronise(days, attendees, now);
        if (calendar.Delivery == CalendarDelivery.Graph)
        {
            // Graph holds the events and Exchange mails the attendees; nothing goes through our outbox (no duplicates).
            // The calendar is due for the Graph loop, in this transaction, so the request survives a restart.
            calendar.RequestGraphSync(now);
            graphSignal.PulseAfterSave(db);

            return calendar.Days.Count(d => d.GraphEventId is null && !d.Cancelled);
        }

        return await EnqueueAsync(werkstatt, calendar, content, messages, now, cancellationToken);
    }

    /// <summary>The current participants with their address, as the calendar needs them (sees unsaved changes of this context).</summary>
    public async Task<IReadOnlyList<AttendeeFact>> AttendeesAsync(WerkstattId werkstattId, CancellationToken cancellationToken)
    {
        var stored = await db.Set<Participant>().Where(p => p.WerkstattId == werkstattId).ToListAsync(cancellationToken);
        var participants = stored
            .Where(p => db.Entry(p).State != EntityState.Deleted)
            .Concat(db.ChangeTracker.Entries<Participant>().Where(e => e.State == EntityState.Added && e.Entity.WerkstattId == werkstattId).Select(e => e.Entity))
            .DistinctBy(p => p.Id)
            .ToList();

        // Waiting participants (beyond the room's capacity) get no invitation until they move up.
        participants = WaitingList.Seated(participants, await agenda.CapacityAsync(werkstattId, cancellationToken)).ToList();
        var ids = participants.Select(p => p.PersonId).ToList();
        var people = await db.People.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        return participants
            .Where(p => people.ContainsKey(p.PersonId))
            .Select(p => new AttendeeFact(p.PersonId, people[p.PersonId].Email, people[p.PersonId].Name))
            .ToList();
    }

    public async Task<InvitationContent> ContentAsync(WerkstattAggregate werkstatt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(werkstatt);
        var network = await db.Networks.AsNoTracking().Where(n => n.Id == werkstatt.NetworkId).Select(n => n.Name).FirstOrDefaultAsync(cancellationToken);
        var processes = await db.Set<Process>().AsNoTracking().Where(p => p.WerkstattId == werkstatt.Id).Select(p => p.Name).ToListAsync(cancellationToken);
        var timetable = await agenda.ReadAsync(werkstatt.Id, cancellationToken);
        return new InvitationContent(werkstatt, network ?? string.Empty, processes.Order(StringComparer.CurrentCulture).ToList(), timetable);
    }

    /// <summary>The VCALENDAR of one message: the day's event, addressed to everyone invited (REQUEST, cancel for all) or the one removed.</summary>
    public string Calendar(InvitationContent content, WerkstattCalendar calendar, InvitationMessage message, DateTimeOffset stamp)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(message);
        var day = calendar.Days.Single(d => d.Number == message.Day);
        var dayCount = calendar.Days.Count(d => !d.Cancelled);
        var attendees = message.Removal
            ? [new CalendarAttendee(message.Email, message.Name)]
            : calendar.Attendees.Where(a => a.IsActive).OrderBy(a => a.Email, StringComparer.Ordinal).Select(a => new CalendarAttendee(a.Email, a.Name)).ToList();
        var method = message.Method == InvitationMethod.Request ? "REQUEST" : "CANCEL";
        var calendarEvent = composer.Event(content, day, Math.Max(dayCount, day.Number), attendees, cancelled: message.Method == InvitationMethod.Cancel && day.Cancelled);
        return ICalendarWriter.Write(method, [calendarEvent], stamp);
    }

    private async Task<int> EnqueueAsync(
        WerkstattAggregate werkstatt, WerkstattCalendar calendar, InvitationContent content, IReadOnlyList<InvitationMessage> messages, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var candidates = messages.Select(m => (Message: m, Key: Key(werkstatt.Id, m))).ToList();
        var keys = candidates.Select(c => c.Key).ToList();
        var existing = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in keys.Chunk(500))
        {
            existing.UnionWith(await db.Set<OutboxMessage>().Where(m => chunk.Contains(m.IdempotencyKey)).Select(m => m.IdempotencyKey).ToListAsync(cancellationToken));
        }

        existing.UnionWith(db.ChangeTracker.Entries<OutboxMessage>().Select(e => e.Entity.IdempotencyKey));
        var added = 0;
        foreach (var (message, key) in candidates)
        {
            if (existing.Add(key))
            {
                db.Set<OutboxMessage>().Add(Row(werkstatt, calendar, content, message, now));
                added++;
            }
        }

        if (added > 0)
        {
            signal.PulseAfterSave(db);
        }

        return added;
    }

    /// <summary>The outbox row of one message (not added anywhere): mail text, calendar part and key.</summary>
    public OutboxMessage Row(WerkstattAggregate werkstatt, WerkstattCalendar calendar, InvitationContent content, InvitationMessage message, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(werkstatt);
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(message);
        var day = calendar.Days.Single(d => d.Number == message.Day);
        var dayCount = Math.Max(calendar.Days.Count(d => !d.Cancelled), day.Number);
        var mail = composer.Mail(content, day, dayCount, message.Name, message.Method);
        var notification = new OutgoingNotification(
            werkstatt.NetworkId.Value,
            werkstatt.Id.Value,
            new Recipient(message.PersonId.Value, message.Name, message.Email),
            message.Method == InvitationMethod.Request ? RequestReason : CancelReason,
            ObjectRef(werkstatt.Id, message.Day),
            message.Version,
            ReminderTopic.Workshop,
            mail,
            now);
        var row = writer.NewMessage(notification, now, OutboxStatus.Pending);
        row.CalendarMethod = message.Method == InvitationMethod.Request ? "REQUEST" : "CANCEL";
        row.CalendarBody = Calendar(content, calendar, message, now);
        return row;
    }

    private static string ObjectRef(WerkstattId id, int day) => $"{id.Value:N}/tag{day}";

    private static string Key(WerkstattId id, InvitationMessage message) =>
        $"{message.PersonId.Value:N}|{(message.Method == InvitationMethod.Request ? RequestReason : CancelReason)}|{ObjectRef(id, message.Day)}|{message.Version}";
}
