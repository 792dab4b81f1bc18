using System.Net;
using System.Net.Mail;
using System.Net.Mime;
using System.Text;
using Microsoft.Extensions.Options;
using Werkstatt.Service.Hosting;
using Werkstatt.Service.Notifications;

namespace Werkstatt.Service.Mail;

/// <summary>
/// Sends through System.Net.Mail: to an SMTP server (STARTTLS, credentials from configuration) or as .eml files into the
/// pickup directory. Multipart text + HTML (+ iCalendar for invitations, + attached files), with the outbox row's fixed Message-ID.
/// </summary>
public sealed class SystemNetMailTransport(IOptions<MailOptions> mail, IOptions<StorageOptions> storage) : IMailTransport, IDisposable
{
    // An SmtpClient sends one message at a time but may keep its connection; dispatcher loops reuse idle ones.
    private readonly System.Collections.Concurrent.ConcurrentBag<SmtpClient> _idle = [];

    public string PickupDirectory
    {
        get
        {
            var path = mail.Value.PickupDirectory;
            return Path.IsPathRooted(path) ? path : Path.Combine(storage.Value.FullDataDirectory, path);
        }
    }

    public async Task SendAsync(OutboxMessage message, IReadOnlyList<MailAttachment> attachments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        using var mailMessage = ToMailMessage(message, mail.Value, attachments);
        var client = _idle.TryTake(out var idle) ? idle : CreateClient();
        try
        {
            await client.SendMailAsync(mailMessage, cancellationToken);
        }
        catch
        {
            client.Dispose();
            throw;
        }

        _idle.Add(client);
    }

    public void Dispose()
    {
        while (_idle.TryTake(out var client))
        {
            client.Dispose();
        }
    }

    public static MailMessage ToMailMessage(OutboxMessage message, MailOptions options, IReadOnlyList<MailAttachment>? attachments = null)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(options);
        var mailMessage = new MailMessage
        {
            From = new MailAddress(options.FromAddress, options.FromName, Encoding.UTF8),
            Subject = message.Subject,
            SubjectEncoding = Encoding.UTF8,
            HeadersEncoding = Encoding.UTF8,
            Body = message.TextBody,
            BodyEncoding = Encoding.UTF8,
            BodyTransferEncoding = TransferEncoding.QuotedPrintable,
            IsBodyHtml = false,
        };
        mailMessage.To.Add(new MailAddress(message.ToAddress, message.ToName, Encoding.UTF8));
        var html = AlternateView.CreateAlternateViewFromString(message.HtmlBody, Encoding.UTF8, MediaTypeNames.Text.Html);
        html.TransferEncoding = TransferEncoding.QuotedPrintable;
        mailMessage.AlternateViews.Add(html);
        if (message.CalendarBody is not null)
        {
            CalendarParts.Add(mailMessage, message.CalendarMethod ?? "REQUEST", message.CalendarBody);
        }

        FileParts.Add(mailMessage, attachments ?? []);

        mailMessage.Headers.Add("Message-ID", message.MessageId);

        // RFC 3834: automatic reminders, so auto-responders stay quiet.
        mailMessage.Headers.Add("Auto-Submitted", "auto-generated");
        return mailMessage;
    }

    private SmtpClient CreateClient()
    {
        var options = mail.Value;
        // With Graph this transport carries the mail of networks not on Microsoft 365: SMTP when configured, else pickup.
        if (options.Effective == MailTransportKind.Pickup || (options.Effective == MailTransportKind.Graph && string.IsNullOrWhiteSpace(options.Smtp.Host)))
        {
            var directory = PickupDirectory;
            Directory.CreateDirectory(directory);
            return new SmtpClient { DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory, PickupDirectoryLocation = Path.GetFullPath(directory) };
        }

        var smtp = options.Smtp;
        var client = new SmtpClient(smtp.Host, smtp.Port)
        {
            DeliveryMethod = SmtpDeliveryMethod.Network,
            EnableSsl = smtp.StartTls,
            Timeout = (int)smtp.Timeout.TotalMilliseconds,
        };
        if (!string.IsNullOrEmpty(smtp.User))
        {
            client.Credentials = new NetworkCredential(smtp.User, smtp.Password);
        }

        return client;
    }
}
