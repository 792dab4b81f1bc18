using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Werkstatt.Domain.Cycle;
using Werkstatt.Service.Common;
using Werkstatt.Service.Dossiers.Inputs;
using Werkstatt.Service.Dossiers.Storage;
using Werkstatt.Service.Dossiers.Writer;
using Werkstatt.Service.Jobs.Recipients;
using Werkstatt.Service.Notifications;
using Werkstatt.Service.Persistence;

namespace Werkstatt.Service.Dossiers;

/// <summary>
/// The work behind the build job: claims requested builds, builds the next version (PDF file, row, mails to the
/// network's people saying what changed, with the PDF attached when small) in one transaction; the change detection is
/// <see cref="DossierChangeDetector"/>.
/// </summary>
public sealed class DossierBuilder(
    WerkstattDbContext db, DossierAssembler assembler, DossierFingerprint fingerprints, DossierChangeDetector detector, DossierFiles files,
    DossierMails mails, OutboxWriter outbox, PeopleDirectory people, IOptions<DossierOptions> options, TimeProvider time)
{
    public const string MailReason = "dossier";

    /// <summary>Phases in which a released dossier follows changes.</summary>
    public static readonly IReadOnlySet<Phase> LivePhases = new HashSet<Phase> { Phase.QualityReview, Phase.PreRead, Phase.Workshop };

    /// <summary>Builds every open request this instance can claim; returns how many versions were built.</summary>
    public async Task<int> ProcessPendingAsync(string claimant, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var stale = now - options.Value.ClaimTimeout;
        var open = await db.Set<DossierRequest>().AsNoTracking().Where(r => r.CompletedAt == null).ToListAsync(cancellationToken);
        var built = 0;
        foreach (var request in open.Where(r => r.ClaimedAt is null || r.ClaimedAt < stale).OrderBy(r => r.RequestedAt))
        {
            var claimedAt = request.ClaimedAt;
            var claimed = await db.Set<DossierRequest>()
                .Where(r => r.Id == request.Id && r.CompletedAt == null && r.ClaimedAt == claimedAt)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.ClaimedAt, now).SetProperty(r => r.ClaimedBy, claimant).SetProperty(r => r.Attempts, r => r.Attempts + 1), cancellationToken);
            if (claimed == 1 && await BuildAsync(request.Id, cancellationToken))
            {
                built++;
            }
        }

        return built;
    }

    /// <summary>Queues a build for every released Werkstatt whose dossier content differs from its latest version; returns how many.</summary>
    public async Task<int> CheckForChangesAsync(CancellationToken cancellationToken) => (await detector.CheckAsync(cancellationToken)).Queued;

    public static DossierRequest NewRequest(Guid werkstattId, DossierRequestKind kind, string key, string by, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        WerkstattId = werkstattId,
        Kind = kind,
        Key = key,
        RequestedAt = now,
        RequestedBy = by.Length <= DossierRequest.ByMaxLength ? by : by[..DossierRequest.ByMaxLength],
    };

    private async Task<bool> BuildAsync(Guid requestId, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var request = await db.Set<DossierRequest>().FirstAsync(r => r.Id == requestId, cancellationToken);
        var id = new WerkstattId(request.WerkstattId);

        // Read before assembling: a change in between leaves an older fingerprint, so the next check looks again.
        var inputs = await fingerprints.OfAsync(id, cancellationToken);
        var assembled = await assembler.AssembleAsync(Actor.System, id, null, cancellationToken);
        if (!assembled.IsSuccess)
        {
            request.CompletedAt = time.GetUtcNow();
            request.LastError = assembled.Error.Message;
            await db.SaveChangesAsync(cancellationToken);
            return false;
        }

        var latest = await db.Set<Dossier>().AsNoTracking().Where(d => d.WerkstattId == request.WerkstattId).OrderByDescending(d => d.Number).FirstOrDefaultAsync(cancellationToken);
        var summary = DossierSummary.Of(assembled.Value);
        var fingerprint = summary.Fingerprint();
        var now = time.GetUtcNow();
        if (latest is not null && latest.Fingerprint == fingerprint)
        {
            request.CompletedAt = now;
            request.DossierId = latest.Id;
            await db.SaveChangesAsync(cancellationToken);
            await db.Set<Dossier>().Where(d => d.Id == latest.Id).ExecuteUpdateAsync(s => s.SetProperty(d => d.InputFingerprint, inputs), cancellationToken);
            return false;
        }

        var number = (latest?.Number ?? 0) + 1;
        var changes = latest is null ? [] : summary.Changes(DossierSummary.FromJson(latest.Summary)!);
        var reason = latest is null ? "Vorabunterlagen freigegeben." : changes.Count == 0 ? "Aktualisiert." : string.Join("\n", changes);
        var content = assembled.Value with { EditionNote = $"Version {number}" };
        using var pdf = new MemoryStream();
        var pages = DossierWriter.Write(content, pdf);
        var name = DossierFiles.RelativeName(request.WerkstattId, number);
        var (size, sha) = await files.WriteAsync(name, pdf.ToArray(), cancellationToken);
        var werkstatt = await db.Werkstaetten.AsNoTracking().FirstAsync(w => w.Id == id, cancellationToken);
        var dossier = new Dossier
        {
            Id = Guid.CreateVersion7(now), WerkstattId = request.WerkstattId, NetworkId = werkstatt.NetworkId.Value, Number = number, CreatedAt = now,
            Reason = reason.Length <= Dossier.ReasonMaxLength ? reason : reason[..(Dossier.ReasonMaxLength - 1)] + "…",
            FileName = name, SizeBytes = size, Sha256 = sha, PageCount = pages, Summary = summary.ToJson(), Fingerprint = fingerprint,
            InputFingerprint = inputs,
        };
        db.Set<Dossier>().Add(dossier);
        request.CompletedAt = now;
        request.DossierId = dossier.Id;
        var recipients = await people.AllAsync(werkstatt.NetworkId, cancellationToken);
        IReadOnlyList<AttachmentReference> attachments = size < options.Value.AttachUpToBytes ? [DossierAttachmentSource.Reference(dossier)] : [];
        await outbox.EnqueueAsync(
            recipients.Select(r => new OutgoingNotification(
                werkstatt.NetworkId.Value, request.WerkstattId, r, MailReason, $"werkstatt:{request.WerkstattId:N}", $"v{number}", ReminderTopic.Workshop,
                mails.Ready(r.Name, werkstatt.Title, request.WerkstattId, number, changes), now) { Attachments = attachments }).ToList(),
            cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
