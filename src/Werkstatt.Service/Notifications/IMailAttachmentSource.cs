namespace Werkstatt.Service.Notifications;

/// <summary>
/// Gives the bytes of an <see cref="OutboxAttachment"/> when the mail is sent. Registered as a keyed scoped service under
/// the attachment's <see cref="OutboxAttachment.Kind"/>; returns null when the file is gone (the mail then goes out
/// without it – its body still carries the link).
/// </summary>
public interface IMailAttachmentSource
{
    Task<MailAttachment?> OpenAsync(OutboxAttachment attachment, CancellationToken cancellationToken);
}
