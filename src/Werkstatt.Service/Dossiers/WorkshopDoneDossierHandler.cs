using Microsoft.EntityFrameworkCore;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Cycle.Events;
using Werkstatt.Service.Dossiers.Storage;
using Werkstatt.Service.Events;
using Werkstatt.Service.Persistence;

namespace Werkstatt.Service.Dossiers;

/// <summary>
/// When the workshop is over (→ Nachbereitung), asks once for a rebuild of a released dossier, in the transaction of the
/// phase change: from then on it carries the to-be models the Werkstatt drew. The build compares fingerprints, so
/// without a to-be model (or other change) no new version and no mail come of it.
/// </summary>
public sealed class WorkshopDoneDossierHandler(WerkstattDbContext db, DossierSignal signal, TimeProvider time) : IHandles<WerkstattPhaseChanged>
{
    public const string RequestedBy = "Nachbereitung";

    public async Task HandleAsync(WerkstattPhaseChanged domainEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        if (domainEvent.To != Phase.FollowUp)
        {
            return;
        }

        var id = domainEvent.WerkstattId.Value;
        var key = DossierRequest.ChangeKey(id, "nachbereitung");
        if (!await db.Set<DossierRequest>().AnyAsync(r => r.WerkstattId == id && r.Kind == DossierRequestKind.Release, cancellationToken)
            || await db.Set<DossierRequest>().AnyAsync(r => r.Key == key, cancellationToken))
        {
            return;
        }

        db.Set<DossierRequest>().Add(DossierBuilder.NewRequest(id, DossierRequestKind.Change, key, RequestedBy, time.GetUtcNow()));
        signal.PulseAfterSave(db);
    }
}
