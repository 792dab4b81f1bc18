using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Werkstatt.Service.Hosting;
using Werkstatt.Service.Persistence;

namespace Werkstatt.Service.Notifications;

/// <summary>
/// Adds messages to the outbox through the caller's <see cref="WerkstattDbContext"/>, so they are saved in the same
/// transaction as their cause. Skips keys that exist, reminders the person switched off, and holds reminders for a
/// digest when the person chose one.
/// </summary>
public sealed class OutboxWriter(WerkstattDbContext db, TimeProvider time, IOptions<AppOptions> app, OutboxSignal signal)
{
    /// <summary>Adds what is new (not saved yet); returns how many were added.</summary>
    public async Task<int> EnqueueAsync(IReadOnlyList<OutgoingNotification> notifications, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notifications);
        if (notifications.Count == 0)
        {
            return 0;
        }

        var keys = notifications.Select(n => n.IdempotencyKey).Distinct().ToList();
        var existing = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in keys.Chunk(500))
        {
            existing.UnionWith(await db.Set<OutboxMessage>().Where(m => chunk.Contains(m.IdempotencyKey)).Select(m => m.IdempotencyKey).ToListAsync(cancellationToken));
        }

        existing.UnionWith(db.ChangeTracker.Entries<OutboxMessage>().Select(e => e.Entity.IdempotencyKey));
        var people = notifications.Select(n => n.Recipient.PersonId).Distinct().ToList();
        var preferences = new Dictionary<Guid, NotificationPreference>();
        foreach (var chunk in people.Chunk(500))
        {
            foreach (var preference in await db.Set<NotificationPreference>().AsNoTracking().Where(p => chunk.Contains(p.PersonId)).ToListAsync(cancellationToken))
            {
                preferences[preference.PersonId] = preference;
            }
        }

        var now = time.GetUtcNow();
        var added = 0;
        foreach (var notification in notifications)
        {
            var preference = preferences.GetValueOrDefault(notification.Recipient.PersonId);
            if (!existing.Add(notification.IdempotencyKey) || (preference is not null && !preference.Wants(notification.Topic)))
            {
                continue;
            }

            var held = preference is { DailyDigest: true } && notification.Topic != ReminderTopic.Escalation;
            var message = NewMessage(notification, now, held ? OutboxStatus.Held : OutboxStatus.Pending);
            db.Set<OutboxMessage>().Add(message);
            AddAttachments(message, notification.Attachments, now);
            added++;
        }

        if (added > 0)
        {
            signal.PulseAfterSave(db);
        }

        return added;
    }

    /// <summary>A message with a fresh id and Message-ID, as the dispatcher expects it.</summary>
    public OutboxMessage NewMessage(OutgoingNotification notification, DateTimeOffset now, OutboxStatus status)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var id = Guid.CreateVersion7(now);
        return new OutboxMessage
        {
            Id = id,
            IdempotencyKey = notification.IdempotencyKey,
            MessageId = $"<{id:N}@{app.Value.MessageIdDomain}>",
            NetworkId = notification.NetworkId,
            WerkstattId = notification.WerkstattId,
            PersonId = notification.Recipient.PersonId,
            Reason = notification.Reason,
            ToAddress = notification.Recipient.Email,
            ToName = notification.Recipient.Name,
            Subject = Truncate(notification.Mail.Subject, OutboxMessage.SubjectMaxLength),
            TextBody = notification.Mail.Text,
            HtmlBody = notification.Mail.Html,
            Link = notification.Mail.Link,
            Status = status,
            CreatedAt = now,
            DueAt = notification.DueAt,
            NextAttemptAt = now,
        };
    }

    private void AddAttachments(OutboxMessage message, IReadOnlyList<AttachmentReference> attachments, DateTimeOffset now)
    {
        for (var i = 0; i < attachments.Count; i++)
        {
            var a = attachments[i];
            db.Set<OutboxAttachment>().Add(new OutboxAttachment
            {
                Id = Guid.CreateVersion7(now), OutboxMessageId = message.Id, Position = i, Kind = a.Kind, ReferenceId = a.ReferenceId,
                FileName = Truncate(a.FileName, OutboxAttachment.FileNameMaxLength), ContentType = a.ContentType,
            });
        }
    }

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
