using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Werkstatt.Service.Notifications;
using Werkstatt.Service.Persistence;

namespace Werkstatt.Service.Mail;

/// <summary>
/// Resolves the attachment references of claimed messages when they are sent: one query for the references of a batch,
/// each referenced file read once per batch. A file that is gone (or whose source is not registered) is left out and
/// logged; the mail still goes, its body carries the link.
/// </summary>
public sealed partial class MailAttachments(WerkstattDbContext db, IServiceProvider services, ILogger<MailAttachments> logger)
{
    private readonly Dictionary<(string Kind, Guid Reference), MailAttachment?> _opened = [];

    /// <summary>Per message id the attachments to send, in order (messages without any are absent).</summary>
    public async Task<IReadOnlyDictionary<Guid, IReadOnlyList<MailAttachment>>> ForAsync(IReadOnlyCollection<Guid> messageIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(messageIds);
        var result = new Dictionary<Guid, IReadOnlyList<MailAttachment>>();
        if (messageIds.Count == 0)
        {
            return result;
        }

        var ids = messageIds.ToList();
        var references = await db.Set<OutboxAttachment>().AsNoTracking().Where(a => ids.Contains(a.OutboxMessageId)).ToListAsync(cancellationToken);
        foreach (var message in references.GroupBy(a => a.OutboxMessageId))
        {
            var files = new List<MailAttachment>();
            foreach (var reference in message.OrderBy(a => a.Position))
            {
                if (await OpenAsync(reference, cancellationToken) is { } file)
                {
                    files.Add(file);
                }
                else
                {
                    LogMissing(logger, reference.Kind, reference.ReferenceId, reference.FileName, message.Key);
                }
            }

            result[message.Key] = files;
        }

        return result;
    }

    private async Task<MailAttachment?> OpenAsync(OutboxAttachment reference, CancellationToken cancellationToken)
    {
        if (_opened.TryGetValue((reference.Kind, reference.ReferenceId), out var known))
        {
            return known;
        }

        var source = services.GetKeyedService<IMailAttachmentSource>(reference.Kind);
        var file = source is null ? null : await source.OpenAsync(reference, cancellationToken);
        _opened[(reference.Kind, reference.ReferenceId)] = file;
        return file;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Attachment {Kind} {Reference} ({FileName}) of message {MessageId} is gone; sending the mail with its link only")]
    private static partial void LogMissing(ILogger logger, string kind, Guid reference, string fileName, Guid messageId);
}
