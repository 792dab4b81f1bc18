using Werkstatt.Service.Notifications;

namespace Werkstatt.Service.Mail;

/// <summary>
/// Hands one message to the outside world; returns once it was accepted (an exception means it was not).
/// Implementations: SMTP and pickup directory (<see cref="SystemNetMailTransport"/>); Microsoft Graph <c>sendMail</c>
/// (<c>Microsoft365.GraphMailTransport</c>) is registered as a keyed service under <see cref="MailTransportKind.Graph"/>.
/// </summary>
public interface IMailTransport
{
    /// <param name="message">The outbox row (addresses, subject, bodies, calendar part).</param>
    /// <param name="attachments">Its attachments, resolved from their references (empty when none or when the files are gone).</param>
    /// <param name="cancellationToken">Cancels the sending.</param>
    Task SendAsync(OutboxMessage message, IReadOnlyList<MailAttachment> attachments, CancellationToken cancellationToken);
}
