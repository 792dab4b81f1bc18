using Werkstatt.Domain.Cycle;
using Werkstatt.Service.Persistence;
using Werkstatt.Service.ToBe;

namespace Werkstatt.Service.Library.Sources;

/// <summary>Adds the Werkstatt's final to-be model (the latest saved SOLL version of the live modelling) to each process that has one.</summary>
public static class WerkstattToBeSource
{
    public static async Task<List<SourceProcess>> AddToAsync(WerkstattDbContext db, WerkstattId werkstatt, IReadOnlyList<SourceProcess> processes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(processes);
        var final = await FinalToBeModels.ForWerkstattAsync(db, werkstatt, cancellationToken);
        return processes
            .Select(p => final.TryGetValue(p.Id, out var toBe) ? p with { WerkstattToBe = new SourceToBe(toBe.Version.Number, toBe.FileName, toBe.Content) } : p)
            .ToList();
    }
}
