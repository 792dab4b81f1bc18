using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Serialization;
using Werkstatt.Service.Mail;
using Werkstatt.Service.Notifications;

namespace Werkstatt.Service.Microsoft365;

/// <summary>
/// <c>Mail:Transport=Graph</c>: a network's mail goes out through Graph <c>sendMail</c> from its organizer mailbox, as
/// the same MIME message SMTP would carry (base64, so invitations keep their text/calendar part); mail of networks not
/// on Microsoft 365 goes through <see cref="SystemNetMailTransport"/>.
/// </summary>
public sealed partial class GraphMailTransport(GraphClients clients, SystemNetMailTransport fallback, IOptions<MailOptions> mail, ILogger<GraphMailTransport> logger)
    : IMailTransport
{
    /// <summary>
    /// Graph refuses sendMail requests over 4 MB (larger attachments need an upload session on a draft). The MIME is
    /// base64 twice (the attachment inside, the whole message for the request), so a PDF of about 2 MB is the most that fits.
    /// </summary>
    public const int MaxRequestBytes = 4_000_000;

    private static readonly Dictionary<string, ParsableFactory<IParsable>> Errors = new() { ["XXX"] = ODataError.CreateFromDiscriminatorValue };

    public async Task SendAsync(OutboxMessage message, IReadOnlyList<MailAttachment> attachments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(attachments);
        if (!clients.IsConfigured(message.NetworkId))
        {
            await fallback.SendAsync(message, attachments, cancellationToken);
            return;
        }

        var mailbox = clients.Mailbox(message.NetworkId);
        var sender = new MailOptions { FromAddress = mailbox, FromName = mail.Value.FromName };
        var mime = await MimeAsync(message, sender, attachments, cancellationToken);
        if (mime.Length > MaxRequestBytes && attachments.Count > 0)
        {
            // Too large for one request: the attachments stay behind, the link in the body still leads to the file.
            LogTooLarge(logger, message.Id, mime.Length);
            mime = await MimeAsync(message, sender, [], cancellationToken);
        }

        var client = clients.For(message.NetworkId);
        var request = new RequestInformation(Method.POST, "{+baseurl}/users/{user%2Did}/sendMail", new Dictionary<string, object> { ["user%2Did"] = mailbox });
        request.SetStreamContent(new MemoryStream(Encoding.ASCII.GetBytes(mime)), "text/plain");
        await client.RequestAdapter.SendNoContentAsync(request, Errors, cancellationToken);
    }

    private static async Task<string> MimeAsync(OutboxMessage message, MailOptions sender, IReadOnlyList<MailAttachment> attachments, CancellationToken cancellationToken)
    {
        using var mailMessage = SystemNetMailTransport.ToMailMessage(message, sender, attachments);
        return Convert.ToBase64String(await EmlWriter.ToBytesAsync(mailMessage, cancellationToken));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Message {Id} with attachments would be {Bytes} bytes for Graph sendMail (limit 4 MB); sending it with its link only")]
    private static partial void LogTooLarge(ILogger logger, Guid id, int bytes);
}
