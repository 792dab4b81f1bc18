using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Werkstatt.Domain.Cycle;
using Werkstatt.Service.Common;
using Werkstatt.Service.Dossiers.Inputs;
using Werkstatt.Service.Dossiers.Storage;
using Werkstatt.Service.Persistence;

namespace Werkstatt.Service.Dossiers;

/// <summary>
/// The work behind the build job: claims requested builds and has <see cref="DossierVersionWriter"/> build them; a
/// failed build (disk full, database gone) is recorded on the request in German and tried again after
/// <see cref="DossierOptions.RetryDelay"/>. Also finds released Werkstätten whose content changed.
/// </summary>
public sealed partial class DossierBuilder(
    WerkstattDbContext db, DossierChangeDetector detector, DossierVersionWriter versions, IOptions<DossierOptions> options, TimeProvider time, ILogger<DossierBuilder> logger)
{
    public const string MailReason = "dossier";

    /// <summary>Phases in which a released dossier follows changes.</summary>
    public static readonly IReadOnlySet<Phase> LivePhases = new HashSet<Phase> { Phase.QualityReview, Phase.PreRead, Phase.Workshop };

    /// <summary>
    /// Builds every open request this instance can claim; returns how many versions were built. Due are: new requests,
    /// failed ones after <see cref="DossierOptions.RetryDelay"/>, and claims of an instance that is gone (PostgreSQL: at
    /// once, see <see cref="DossierBuildLock"/>; SQLite: after <see cref="DossierOptions.ClaimTimeout"/>).
    /// </summary>
    public async Task<int> ProcessPendingAsync(string claimant, CancellationToken cancellationToken)
    {
        var open = await db.Set<DossierRequest>().AsNoTracking().Where(r => r.CompletedAt == null).ToListAsync(cancellationToken);
        var built = 0;
        foreach (var candidate in open.Where(r => r.ClaimedBy is not null || IsDue(r, time.GetUtcNow())).OrderBy(r => r.RequestedAt))
        {
            await using var buildLock = await DossierBuildLock.TryAcquireAsync(db, candidate.WerkstattId, cancellationToken);
            if (buildLock is null)
            {
                continue; // a live instance is building this Werkstatt
            }

            // Read again under the lock: the previous holder may have finished or failed in the meantime.
            var request = await db.Set<DossierRequest>().AsNoTracking().FirstAsync(r => r.Id == candidate.Id, cancellationToken);
            var now = time.GetUtcNow();
            var orphaned = request.ClaimedBy is not null && (buildLock.ProvesClaimantGone || request.ClaimedAt < now - options.Value.ClaimTimeout);
            if (request.CompletedAt is not null || (request.ClaimedBy is not null && !orphaned) || (request.ClaimedBy is null && !IsDue(request, now)))
            {
                continue;
            }

            if (orphaned)
            {
                LogTakeOver(logger, request.Id, request.ClaimedBy!);
            }

            var claimedAt = request.ClaimedAt;
            var claimed = await db.Set<DossierRequest>()
                .Where(r => r.Id == request.Id && r.CompletedAt == null && r.ClaimedAt == claimedAt)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.ClaimedAt, now).SetProperty(r => r.ClaimedBy, claimant).SetProperty(r => r.Attempts, r => r.Attempts + 1), cancellationToken);
            if (claimed == 1 && await BuildOrRecordFailureAsync(request, claimant, cancellationToken))
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

    // A failed request is released (ClaimedBy null) with the time of the failure in ClaimedAt.
    private bool IsDue(DossierRequest request, DateTimeOffset now) =>
        request.ClaimedAt is not { } failedAt || failedAt + options.Value.RetryDelay <= now;

    private async Task<bool> BuildOrRecordFailureAsync(DossierRequest request, string claimant, CancellationToken cancellationToken)
    {
        try
        {
            return await versions.BuildAsync(request.Id, claimant, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var retryAt = time.GetUtcNow() + options.Value.RetryDelay;
            var message = DossierFailure.Describe(ex, retryAt);
            LogBuildFailed(logger, ex, request.Id, request.WerkstattId, message);
            db.ChangeTracker.Clear();
            var shortened = message.Length <= DossierRequest.ErrorMaxLength ? message : message[..DossierRequest.ErrorMaxLength];
            try
            {
                await db.Set<DossierRequest>()
                    .Where(r => r.Id == request.Id && r.ClaimedBy == claimant && r.CompletedAt == null)
                    .ExecuteUpdateAsync(s => s.SetProperty(r => r.ClaimedBy, (string?)null).SetProperty(r => r.ClaimedAt, time.GetUtcNow()).SetProperty(r => r.LastError, shortened), CancellationToken.None);
            }
            catch (Exception recordFailed) when (DatabaseUnavailable.Is(recordFailed))
            {
                // The claim stays; the lock (PostgreSQL) or the claim timeout (SQLite) hands it on.
            }

            if (DatabaseUnavailable.Is(ex))
            {
                throw;
            }

            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Dossier build {Request} of Werkstatt {Werkstatt} failed: {Message}")]
    private static partial void LogBuildFailed(ILogger logger, Exception ex, Guid request, Guid werkstatt, string message);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Dossier build {Request} was claimed by {Claimant}, which is gone; taking it over")]
    private static partial void LogTakeOver(ILogger logger, Guid request, string claimant);
}
