using System.Net.Mail;
using System.Net.Mime;
using Werkstatt.Service.Notifications;

namespace Werkstatt.Service.Mail;

/// <summary>Resolved attachments as MIME parts (base64, with file name), after the body parts.</summary>
public static class FileParts
{
    public static void Add(MailMessage mailMessage, IReadOnlyList<MailAttachment> attachments)
    {
        ArgumentNullException.ThrowIfNull(mailMessage);
        ArgumentNullException.ThrowIfNull(attachments);
        foreach (var file in attachments)
        {
            var type = new ContentType(file.ContentType) { Name = file.FileName };
            var attachment = new Attachment(new MemoryStream(file.Content, writable: false), type) { TransferEncoding = TransferEncoding.Base64 };
            attachment.ContentDisposition!.FileName = file.FileName;
            attachment.ContentDisposition.Size = file.Content.LongLength;
            mailMessage.Attachments.Add(attachment);
        }
    }
}
