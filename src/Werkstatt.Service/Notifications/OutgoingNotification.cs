using Werkstatt.Service.Jobs.Recipients;

namespace Werkstatt.Service.Notifications;

/// <summary>
/// A message to put into the outbox. The idempotency key is (recipient, <see cref="Reason"/>, <see cref="ObjectRef"/>,
/// <see cref="Version"/>): the same cause in the same version never makes a second message.
/// </summary>
public sealed record OutgoingNotification(
    Guid NetworkId,
    Guid? WerkstattId,
    Recipient Recipient,
    string Reason,
    string ObjectRef,
    string Version,
    ReminderTopic Topic,
    NotificationMail Mail,
    DateTimeOffset DueAt)
{
    public string IdempotencyKey => $"{Recipient.PersonId:N}|{Reason}|{ObjectRef}|{Version}";

    /// <summary>Files to attach, by reference (resolved when the mail is sent).</summary>
    public IReadOnlyList<AttachmentReference> Attachments { get; init; } = [];
}
