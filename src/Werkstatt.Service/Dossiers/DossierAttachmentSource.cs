using Microsoft.EntityFrameworkCore;
using Werkstatt.Service.Dossiers.Storage;
using Werkstatt.Service.Notifications;
using Werkstatt.Service.Persistence;

namespace Werkstatt.Service.Dossiers;

/// <summary>
/// Attachments of kind <see cref="Kind"/>: the reference is a <see cref="Dossier"/> version; its PDF is read (hash
/// checked) when the mail is sent. Null when the version or its file is gone.
/// </summary>
public sealed class DossierAttachmentSource(WerkstattDbContext db, DossierFiles files) : IMailAttachmentSource
{
    public const string Kind = "dossier";

    public static AttachmentReference Reference(Dossier dossier)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        return new AttachmentReference(Kind, dossier.Id, $"Vorabunterlagen-v{dossier.Number}.pdf", "application/pdf");
    }

    public async Task<MailAttachment?> OpenAsync(OutboxAttachment attachment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(attachment);
        var dossier = await db.Set<Dossier>().AsNoTracking().Where(d => d.Id == attachment.ReferenceId)
            .Select(d => new { d.FileName, d.Sha256 }).FirstOrDefaultAsync(cancellationToken);
        var bytes = dossier is null ? null : await files.ReadAsync(dossier.FileName, dossier.Sha256, cancellationToken);
        return bytes is null ? null : new MailAttachment(attachment.FileName, attachment.ContentType, bytes);
    }
}
