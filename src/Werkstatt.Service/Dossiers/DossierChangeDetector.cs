using Microsoft.EntityFrameworkCore;
using Werkstatt.Domain.Cycle;
using Werkstatt.Service.Common;
using Werkstatt.Service.Dossiers.Inputs;
using Werkstatt.Service.Dossiers.Storage;
using Werkstatt.Service.Persistence;

namespace Werkstatt.Service.Dossiers;

/// <summary>
/// Finds released dossiers whose content changed. The inputs' fingerprint (<see cref="DossierFingerprint"/>, a few
/// queries for all Werkstätten together) is compared with the one stored with the latest version; only where it differs
/// is the dossier assembled and its content compared. Equal content (an input changed that the dossier does not show)
/// records the new input fingerprint on the latest version, so the next pass is cheap again; different content queues a
/// build, whose mail says what changed.
/// </summary>
public sealed class DossierChangeDetector(WerkstattDbContext db, DossierAssembler assembler, DossierFingerprint fingerprints, TimeProvider time)
{
    public async Task<DossierChangeCheck> CheckAsync(CancellationToken cancellationToken)
    {
        var dossiers = db.Set<Dossier>().AsNoTracking();
        var latest = await dossiers.Where(d => !dossiers.Any(o => o.WerkstattId == d.WerkstattId && o.Number > d.Number))
            .Select(d => new { d.Id, d.WerkstattId, d.Fingerprint, d.InputFingerprint, d.Summary }).ToListAsync(cancellationToken);
        if (latest.Count == 0)
        {
            return new DossierChangeCheck(0, 0, 0);
        }

        var ids = latest.Select(d => new WerkstattId(d.WerkstattId)).ToList();
        var phases = DossierBuilder.LivePhases.ToList();
        var live = (await db.Werkstaetten.AsNoTracking().Where(w => ids.Contains(w.Id) && phases.Contains(w.Phase)).Select(w => w.Id).ToListAsync(cancellationToken)).ToHashSet();
        var building = (await db.Set<DossierRequest>().AsNoTracking().Where(r => r.CompletedAt == null).Select(r => r.WerkstattId).ToListAsync(cancellationToken)).ToHashSet();
        var candidates = latest.Where(d => live.Contains(new WerkstattId(d.WerkstattId)) && !building.Contains(d.WerkstattId)).ToList();
        var current = await fingerprints.OfAsync(candidates.Select(d => new WerkstattId(d.WerkstattId)).ToList(), cancellationToken);

        var (assembled, queued) = (0, 0);
        foreach (var dossier in candidates)
        {
            var inputs = current.GetValueOrDefault(dossier.WerkstattId);
            if (inputs is null || inputs == dossier.InputFingerprint)
            {
                continue;
            }

            assembled++;
            var content = await assembler.AssembleAsync(Actor.System, new WerkstattId(dossier.WerkstattId), null, cancellationToken);
            if (!content.IsSuccess)
            {
                continue;
            }

            var summary = DossierSummary.Of(content.Value);
            var fingerprint = summary.Fingerprint();
            if (summary.Matches(dossier.Fingerprint, dossier.Summary))
            {
                await DossierAdoption.AdoptAsync(db, dossier.Id, summary, inputs, cancellationToken);
                continue;
            }

            var key = DossierRequest.ChangeKey(dossier.WerkstattId, fingerprint);
            if (await db.Set<DossierRequest>().AnyAsync(r => r.Key == key, cancellationToken))
            {
                continue;
            }

            db.Set<DossierRequest>().Add(DossierBuilder.NewRequest(dossier.WerkstattId, DossierRequestKind.Change, key, "Änderungserkennung", time.GetUtcNow()));
            await db.SaveChangesAsync(cancellationToken);
            queued++;
        }

        return new DossierChangeCheck(candidates.Count, assembled, queued);
    }
}
