using Microsoft.EntityFrameworkCore;
using Werkstatt.Service.Persistence;

namespace Werkstatt.Service.Dossiers.Storage;

/// <summary>
/// A stored version whose content is still current (<see cref="DossierSummary.Matches"/>) takes the current summary,
/// fingerprint and inputs: no new version, and the next check compares against what is shown now.
/// </summary>
internal static class DossierAdoption
{
    public static Task AdoptAsync(WerkstattDbContext db, Guid dossierId, DossierSummary summary, string inputs, CancellationToken cancellationToken)
    {
        var (json, fingerprint) = (summary.ToJson(), summary.Fingerprint());
        return db.Set<Dossier>().Where(d => d.Id == dossierId).ExecuteUpdateAsync(
            s => s.SetProperty(d => d.InputFingerprint, inputs).SetProperty(d => d.Summary, json).SetProperty(d => d.Fingerprint, fingerprint),
            cancellationToken);
    }
}
