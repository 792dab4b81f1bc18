using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Processes;
using Werkstatt.Service.Dossiers.Content;
using Werkstatt.Service.Persistence;
using Werkstatt.Service.WorkshopNotes;

namespace Werkstatt.Service.Dossiers.Sources;

/// <summary>
/// Adds the workshop's notes and action items to the chapters once the workshop is over (follow-up and published), like
/// <see cref="DossierToBeModels"/>: during the workshop notes change by the minute, and the pre-read is not re-sent for
/// each. The rebuild asked for on entering the follow-up (<see cref="WorkshopDoneDossierHandler"/>) takes them in.
/// </summary>
public static class DossierWorkshopResults
{
    public static async Task<List<DossierProcess>> AddToAsync(
        WerkstattDbContext db, WerkstattId werkstatt, Phase phase, IReadOnlyList<DossierProcess> chapters, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(chapters);
        if (!DossierToBeModels.Shows(phase))
        {
            return chapters.ToList();
        }

        var results = await WorkshopResults.ForWerkstattAsync(db, werkstatt, cancellationToken);
        return chapters.Select(c => results.TryGetValue(new ProcessId(c.ProcessId), out var r) ? c with { Results = r } : c).ToList();
    }
}
