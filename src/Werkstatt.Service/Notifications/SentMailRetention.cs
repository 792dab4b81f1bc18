using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Werkstatt.Service.Persistence;

namespace Werkstatt.Service.Notifications;

/// <summary>
/// Empties the bodies (text, HTML, calendar part) and drops the attachment references of mails sent longer ago than
/// <c>Mail:KeepSentBodiesFor</c>. Recipient,
/// subject, reason, state and times stay, so the outbox still shows who got what when; unsent mails are never touched.
/// </summary>
public sealed class SentMailRetention(WerkstattDbContext db, TimeProvider time, IOptions<SentMailRetentionOptions> options)
{
    /// <summary>Returns how many mails lost their bodies.</summary>
    public async Task<int> PurgeBodiesAsync(CancellationToken cancellationToken = default)
    {
        var before = time.GetUtcNow() - options.Value.KeepSentBodiesFor;
        var sentBefore = db.Set<OutboxMessage>().Where(m => m.Status == OutboxStatus.Sent && m.SentAt != null && m.SentAt < before).Select(m => m.Id);
        await db.Set<OutboxAttachment>().Where(a => sentBefore.Contains(a.OutboxMessageId)).ExecuteDeleteAsync(cancellationToken);
        return await db.Set<OutboxMessage>()
            .Where(m => m.Status == OutboxStatus.Sent && m.SentAt != null && m.SentAt < before && (m.TextBody != string.Empty || m.HtmlBody != string.Empty || m.CalendarBody != null))
            .ExecuteUpdateAsync(
                s => s.SetProperty(m => m.TextBody, string.Empty).SetProperty(m => m.HtmlBody, string.Empty).SetProperty(m => m.CalendarBody, (string?)null),
                cancellationToken);
    }
}
