using Microsoft.EntityFrameworkCore;
using Werkstatt.Domain.Common;
using Werkstatt.Service.Jobs.Recipients;
using Werkstatt.Service.Persistence;

namespace Werkstatt.Service.Notifications;

/// <summary>Bundles the reminders held for people who chose a daily digest into one mail each.</summary>
public sealed class DigestService(WerkstattDbContext db, TimeProvider time, MailComposer composer, OutboxWriter writer)
{
    public const string Reason = "Digest";

    /// <summary>Writes today's digests (at most one per person and Berlin day); returns how many.</summary>
    public async Task<int> SendDueDigestsAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var day = BerlinTime.DateOf(now);
        var held = await db.Set<OutboxMessage>().Where(m => m.Status == OutboxStatus.Held && m.PersonId != null).ToListAsync(cancellationToken);
        var written = 0;
        foreach (var group in held.GroupBy(m => m.PersonId!.Value))
        {
            var items = group.OrderBy(m => m.DueAt).ToList();
            var first = items[0];
            var recipient = new Recipient(group.Key, first.ToName, first.ToAddress);
            var notification = new OutgoingNotification(
                first.NetworkId, null, recipient, Reason, $"person:{group.Key:N}", day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                ReminderTopic.Escalation, composer.Digest(first.ToName, day, items), now);
            if (await db.Set<OutboxMessage>().AnyAsync(m => m.IdempotencyKey == notification.IdempotencyKey, cancellationToken))
            {
                continue; // today's digest went out already; these wait for tomorrow's
            }

            var digest = writer.NewMessage(notification, now, OutboxStatus.Pending);
            db.Set<OutboxMessage>().Add(digest);
            foreach (var item in items)
            {
                item.Status = OutboxStatus.Digested;
                item.DigestId = digest.Id;
            }

            written++;
        }

        await db.SaveChangesAsync(cancellationToken);
        return written;
    }
}
