using Microsoft.EntityFrameworkCore;
using Werkstatt.Domain.Cycle;
using Microsoft.Extensions.Options;
using Werkstatt.Service.Common;
using Werkstatt.Service.Dossiers.Inputs;
using Werkstatt.Service.Dossiers.Storage;
using Werkstatt.Service.Dossiers.Writer;
using Werkstatt.Service.Jobs.Recipients;
using Werkstatt.Service.Notifications;
using Werkstatt.Service.Persistence;

namespace Werkstatt.Service.Dossiers;

/// <summary>
/// Builds the next version for a claimed request: the PDF file under a name of its own, then in one transaction the
/// row, the request's completion and the mails to the network's people. The completion only counts while the claim is
/// still ours, so a build that was taken over can never add a second version; its file is deleted again.
/// </summary>
public sealed class DossierVersionWriter(
    WerkstattDbContext db, DossierAssembler assembler, DossierFingerprint fingerprints, DossierFiles files, DossierMails mails, OutboxWriter outbox,
    PeopleDirectory people, IOptions<DossierOptions> options, TimeProvider time)
{
    /// <summary>True when a new version was stored; false when none was needed or the claim was lost.</summary>
    public async Task<bool> BuildAsync(Guid requestId, string claimant, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var request = await db.Set<DossierRequest>().AsNoTracking().FirstAsync(r => r.Id == requestId, cancellationToken);
        var id = new WerkstattId(request.WerkstattId);

        // Read before assembling: a change in between leaves an older fingerprint, so the next check looks again.
        var inputs = await fingerprints.OfAsync(id, cancellationToken);
        var assembled = await assembler.AssembleAsync(Actor.System, id, null, cancellationToken);
        if (!assembled.IsSuccess)
        {
            await CompleteAsync(requestId, claimant, null, assembled.Error.Message, cancellationToken);
            return false;
        }

        var latest = await db.Set<Dossier>().AsNoTracking().Where(d => d.WerkstattId == request.WerkstattId).OrderByDescending(d => d.Number).FirstOrDefaultAsync(cancellationToken);
        var summary = DossierSummary.Of(assembled.Value);
        var fingerprint = summary.Fingerprint();
        if (latest is not null && summary.Matches(latest.Fingerprint, latest.Summary))
        {
            if (await CompleteAsync(requestId, claimant, latest.Id, null, cancellationToken))
            {
                await DossierAdoption.AdoptAsync(db, latest.Id, summary, inputs, cancellationToken);
            }

            return false;
        }

        var now = time.GetUtcNow();
        var number = (latest?.Number ?? 0) + 1;
        var changes = latest is null ? [] : summary.Changes(DossierSummary.FromJson(latest.Summary)!);
        var reason = latest is null ? "Vorabunterlagen freigegeben." : changes.Count == 0 ? "Aktualisiert." : string.Join("\n", changes);
        var content = assembled.Value with { EditionNote = $"Version {number}" };
        using var pdf = new MemoryStream();
        var pages = DossierWriter.Write(content, pdf);
        var name = DossierFiles.RelativeName(request.WerkstattId, number);
        files.DeleteLeftovers(request.WerkstattId, number);
        var (size, sha) = await files.WriteAsync(name, pdf.ToArray(), cancellationToken);
        var stored = false;
        try
        {
            var werkstatt = await db.Werkstaetten.AsNoTracking().FirstAsync(w => w.Id == id, cancellationToken);
            var dossier = new Dossier
            {
                Id = Guid.CreateVersion7(now), WerkstattId = request.WerkstattId, NetworkId = werkstatt.NetworkId.Value, Number = number, CreatedAt = now,
                Reason = reason.Length <= Dossier.ReasonMaxLength ? reason : reason[..(Dossier.ReasonMaxLength - 1)] + "…",
                FileName = name, SizeBytes = size, Sha256 = sha, PageCount = pages, Summary = summary.ToJson(), Fingerprint = fingerprint,
                InputFingerprint = inputs,
            };
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            if (!await CompleteAsync(requestId, claimant, dossier.Id, null, cancellationToken))
            {
                return false;
            }

            db.Set<Dossier>().Add(dossier);
            var recipients = await people.AllAsync(werkstatt.NetworkId, cancellationToken);
            IReadOnlyList<AttachmentReference> attachments = size < options.Value.AttachUpToBytes ? [DossierAttachmentSource.Reference(dossier)] : [];
            await outbox.EnqueueAsync(
                recipients.Select(r => new OutgoingNotification(
                    werkstatt.NetworkId.Value, request.WerkstattId, r, DossierBuilder.MailReason, $"werkstatt:{request.WerkstattId:N}", $"v{number}", ReminderTopic.Workshop,
                    mails.Ready(r.Name, werkstatt.Title, request.WerkstattId, number, changes), now) { Attachments = attachments }).ToList(),
                cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            stored = true;
            return true;
        }
        catch (Exception ex) when (DatabaseUnavailable.Is(ex))
        {
            // The commit may have gone through without us hearing of it: keep the file rather than risk a version without one.
            stored = true;
            throw;
        }
        finally
        {
            if (!stored)
            {
                // Not a version: rolled back, lost the claim, or the database went away. The next build writes its own file.
                files.Delete(name);
            }
        }
    }

    // Marks the request done – only while this instance still holds the claim.
    private async Task<bool> CompleteAsync(Guid requestId, string claimant, Guid? dossierId, string? error, CancellationToken cancellationToken) =>
        await db.Set<DossierRequest>()
            .Where(r => r.Id == requestId && r.ClaimedBy == claimant && r.CompletedAt == null)
            .ExecuteUpdateAsync(
                s => s.SetProperty(r => r.CompletedAt, time.GetUtcNow()).SetProperty(r => r.DossierId, dossierId).SetProperty(r => r.LastError, error),
                cancellationToken) == 1;
}
