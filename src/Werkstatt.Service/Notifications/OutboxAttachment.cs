namespace Werkstatt.Service.Notifications;

/// <summary>
/// A file that goes with an outbox message, stored as a reference (<see cref="Kind"/> + <see cref="ReferenceId"/>, e.g. a
/// dossier version) instead of its bytes: the dispatcher asks the <see cref="IMailAttachmentSource"/> of that kind for the
/// content when it sends. A hundred mails of the same dossier share one file.
/// </summary>
public sealed class OutboxAttachment
{
    public const int KindMaxLength = 50;
    public const int FileNameMaxLength = 200;
    public const int ContentTypeMaxLength = 100;

    public Guid Id { get; set; }

    public Guid OutboxMessageId { get; set; }

    /// <summary>Order of the attachments in the mail.</summary>
    public int Position { get; set; }

    /// <summary>Which <see cref="IMailAttachmentSource"/> resolves it (its DI key), e.g. <c>dossier</c>.</summary>
    public string Kind { get; set; } = string.Empty;

    public Guid ReferenceId { get; set; }

    public string FileName { get; set; } = string.Empty;

    public string ContentType { get; set; } = string.Empty;
}
