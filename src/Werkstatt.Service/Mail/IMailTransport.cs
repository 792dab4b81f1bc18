using Werkstatt.Service.Notifications;

namespace Werkstatt.Service.Mail;

/// <summary>
/// Hands one message to the outside world; returns once it was accepted (an exception means it was not).
/// Implementations: SMTP and pickup directory (<see cref="SystemNetMailTransport"/>); Microsoft Graph <c>sendMail</c>
/// (<c>Microsoft365.GraphMailTransport</c>) is registered as a keyed service under <see cref="MailTransportKind.Graph"/>.
/// </summary>
public interface IMailTransport
{
    Task SendAsync(OutboxMessage message, CancellationToken cancellationToken);
}
