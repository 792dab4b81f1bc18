using System.Text;
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
public sealed class GraphMailTransport(GraphClients clients, SystemNetMailTransport fallback, IOptions<MailOptions> mail) : IMailTransport
{
    private static readonly Dictionary<string, ParsableFactory<IParsable>> Errors = new() { ["XXX"] = ODataError.CreateFromDiscriminatorValue };

    public async Task SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (!clients.IsConfigured(message.NetworkId))
        {
            await fallback.SendAsync(message, cancellationToken);
            return;
        }

        var mailbox = clients.Mailbox(message.NetworkId);
        var sender = new MailOptions { FromAddress = mailbox, FromName = mail.Value.FromName };
        using var mailMessage = SystemNetMailTransport.ToMailMessage(message, sender);
        var mime = Convert.ToBase64String(await EmlWriter.ToBytesAsync(mailMessage, cancellationToken));

        var client = clients.For(message.NetworkId);
        var request = new RequestInformation(Method.POST, "{+baseurl}/users/{user%2Did}/sendMail", new Dictionary<string, object> { ["user%2Did"] = mailbox });
        request.SetStreamContent(new MemoryStream(Encoding.ASCII.GetBytes(mime)), "text/plain");
        await client.RequestAdapter.SendNoContentAsync(request, Errors, cancellationToken);
    }
}
