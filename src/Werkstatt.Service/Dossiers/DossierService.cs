using Microsoft.EntityFrameworkCore;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Network;
using Werkstatt.Service.Common;
using Werkstatt.Service.Dossiers.Storage;
using Werkstatt.Service.Dossiers.Writer;
using Werkstatt.Service.Persistence;

namespace Werkstatt.Service.Dossiers;

/// <summary>
/// The coordinator releases the pre-read (a build request; the build job does the rest); members of the network list
/// and download the dossier – the latest version, coordinators every version – or a personal one.
/// </summary>
public sealed class DossierService(WerkstattDbContext db, DossierAssembler assembler, DossierFiles files, DossierSignal signal, TimeProvider time)
{
    private const string What = "Die Werkstatt";

    public async Task<Result<DossiersView>> GetAsync(Actor actor, WerkstattId id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var werkstatt = await db.Werkstaetten.AsNoTracking().FirstOrDefaultAsync(w => w.Id == id, cancellationToken);
        if (werkstatt is null)
        {
            return Error.NotFound(What);
        }

        if (!actor.BelongsTo(werkstatt.NetworkId))
        {
            return Error.Forbidden();
        }

        var versions = await db.Set<Dossier>().AsNoTracking().Where(d => d.WerkstattId == id.Value).OrderByDescending(d => d.Number)
            .Select(d => new DossierVersionView(d.Number, d.CreatedAt, d.Reason, d.SizeBytes, d.PageCount)).ToListAsync(cancellationToken);
        var requests = await db.Set<DossierRequest>().AsNoTracking().Where(r => r.WerkstattId == id.Value).ToListAsync(cancellationToken);
        var coordinates = actor.Coordinates(werkstatt.NetworkId);
        var released = requests.Any(r => r.Kind == DossierRequestKind.Release);
        var problem = requests.Where(r => r.CompletedAt is null && r.LastError is not null).OrderByDescending(r => r.ClaimedAt).Select(r => r.LastError).FirstOrDefault();
        return new DossiersView(
            id.Value, werkstatt.Title, released, requests.Any(r => r.CompletedAt is null), coordinates && !released && ReleaseBlocker(werkstatt.Phase) is null,
            released ? null : ReleaseBlocker(werkstatt.Phase), coordinates ? versions : versions.Take(1).ToList()) { BuildProblem = problem };
    }

    /// <summary>"Vorabunterlagen freigeben": queues the first build; later versions follow changes by themselves.</summary>
    public async Task<Result<DossiersView>> ReleaseAsync(Actor actor, WerkstattId id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var werkstatt = await db.Werkstaetten.AsNoTracking().FirstOrDefaultAsync(w => w.Id == id, cancellationToken);
        if (werkstatt is null)
        {
            return Error.NotFound(What);
        }

        if (!actor.Coordinates(werkstatt.NetworkId))
        {
            return Error.Forbidden("Nur die Koordination gibt die Vorabunterlagen frei.");
        }

        if (ReleaseBlocker(werkstatt.Phase) is { } blocker)
        {
            return new Error(ErrorKind.Rule, "PreReadIsReleasedFromTheQualityReviewOn", blocker);
        }

        var key = DossierRequest.ReleaseKey(id.Value);
        if (await db.Set<DossierRequest>().AnyAsync(r => r.Key == key, cancellationToken))
        {
            return new Error(ErrorKind.Rule, "PreReadIsReleasedOnce", "Die Vorabunterlagen sind bereits freigegeben. Neue Versionen entstehen bei Änderungen von selbst.");
        }

        db.Set<DossierRequest>().Add(DossierBuilder.NewRequest(id.Value, DossierRequestKind.Release, key, actor.Name, time.GetUtcNow()));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (!DatabaseUnavailable.Is(ex))
        {
            // Two coordinators at once: the unique key let the other one win.
            db.ChangeTracker.Clear();
            return new Error(ErrorKind.Rule, "PreReadIsReleasedOnce", "Die Vorabunterlagen sind bereits freigegeben.");
        }

        signal.Pulse();
        return await GetAsync(actor, id, cancellationToken);
    }

    /// <summary>A stored version (default: the latest). Only coordinators get older ones.</summary>
    public async Task<Result<DossierFile>> OpenAsync(Actor actor, WerkstattId id, int? number, CancellationToken cancellationToken = default)
    {
        var view = await GetAsync(actor, id, cancellationToken);
        if (!view.IsSuccess)
        {
            return view.Error;
        }

        var latest = view.Value.Versions.Count == 0 ? 0 : view.Value.Versions.Max(v => v.Number);
        var wanted = number ?? latest;
        if (latest == 0)
        {
            return Error.NotFound("Die Vorabunterlagen");
        }

        if (view.Value.Versions.All(v => v.Number != wanted))
        {
            return wanted < latest && wanted > 0 ? Error.Forbidden("Ältere Versionen sieht nur die Koordination.") : Error.NotFound($"Version {wanted} der Vorabunterlagen");
        }

        var dossier = await db.Set<Dossier>().AsNoTracking().FirstAsync(d => d.WerkstattId == id.Value && d.Number == wanted, cancellationToken);
        var bytes = await files.ReadAsync(dossier.FileName, dossier.Sha256, cancellationToken);
        return bytes is null ? Error.NotFound($"Die Datei der Version {wanted}") : new DossierFile($"Vorabunterlagen-v{wanted}.pdf", bytes);
    }

    /// <summary>A personal dossier (only the processes <paramref name="person"/> registered for), built on request once released.</summary>
    public async Task<Result<DossierFile>> PersonalAsync(Actor actor, WerkstattId id, PersonId person, CancellationToken cancellationToken = default)
    {
        var view = await GetAsync(actor, id, cancellationToken);
        if (!view.IsSuccess)
        {
            return view.Error;
        }

        if (view.Value.Versions.Count == 0)
        {
            return Error.NotFound("Die Vorabunterlagen");
        }

        var content = await assembler.AssembleAsync(actor, id, person, cancellationToken);
        return content.IsSuccess ? new DossierFile($"Vorabunterlagen-persoenlich-{person.Value:N}.pdf", DossierWriter.Write(content.Value)) : content.Error;
    }

    private static string? ReleaseBlocker(Phase phase) => DossierBuilder.LivePhases.Contains(phase)
        ? null
        : "Die Vorabunterlagen werden ab der Qualitätssicherung und bis zur Durchführung freigegeben.";
}
