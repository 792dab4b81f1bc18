using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Processes;
using Werkstatt.Service.Bpmn.Import;
using Werkstatt.Service.Bpmn.Layout;
using Werkstatt.Service.Dossiers.Content;
using Werkstatt.Service.Persistence;
using Werkstatt.Service.ToBe;

namespace Werkstatt.Service.Dossiers.Sources;

/// <summary>
/// Adds the Werkstatt's to-be drawings to the chapters once the workshop is over (follow-up and published). Before
/// that the dossier is the pre-read: the live to-be model changes too often during the workshop to rebuild and
/// mail a dossier version for every save.
/// </summary>
public static class DossierToBeModels
{
    public static bool Shows(Phase phase) => phase is Phase.FollowUp or Phase.Published;

    public static async Task<List<DossierProcess>> AddToAsync(
        WerkstattDbContext db, WerkstattId werkstatt, Phase phase, IReadOnlyList<DossierProcess> chapters, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(chapters);
        if (!Shows(phase))
        {
            return chapters.ToList();
        }

        var final = await FinalToBeModels.ForWerkstattAsync(db, werkstatt, cancellationToken);
        return chapters.Select(c => final.TryGetValue(new ProcessId(c.ProcessId), out var toBe) && Drawing(toBe) is { } d ? c with { ToBe = d } : c).ToList();
    }

    private static DossierToBe? Drawing(FinalToBe toBe)
    {
        var import = BpmnImporter.Import(toBe.Content);
        return import.Model is { Diagrams.Count: > 0 } model
            ? new DossierToBe(toBe.Version.Number, toBe.Version.SavedAt, BpmnDrawingBuilder.Build(model, model.Diagrams[0]), toBe.Version.Sha256)
            : null;
    }
}
