using Microsoft.EntityFrameworkCore;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Processes;
using Werkstatt.Domain.ToBe;
using Werkstatt.Service.Persistence;

namespace Werkstatt.Service.ToBe;

/// <summary>
/// Reads the latest saved to-be version per process of a Werkstatt (no rights check: callers have done theirs). Only the
/// latest file of each process is loaded, never the older versions' XML.
/// </summary>
public static class FinalToBeModels
{
    public static async Task<IReadOnlyDictionary<ProcessId, FinalToBe>> ForWerkstattAsync(WerkstattDbContext db, WerkstattId werkstatt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var models = await db.Set<ToBeModel>().AsNoTracking().Where(m => m.WerkstattId == werkstatt).ToListAsync(cancellationToken);
        var result = new Dictionary<ProcessId, FinalToBe>();
        foreach (var model in models)
        {
            if (model.Latest is { } latest && await ContentAsync(db, werkstatt, model.ProcessId, latest.Number, cancellationToken) is { } content)
            {
                result[model.ProcessId] = new FinalToBe(model.ProcessId, latest, content);
            }
        }

        return result;
    }

    public static async Task<FinalToBe?> ForProcessAsync(WerkstattDbContext db, WerkstattId werkstatt, ProcessId process, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var model = await db.Set<ToBeModel>().AsNoTracking().FirstOrDefaultAsync(m => m.WerkstattId == werkstatt && m.ProcessId == process, cancellationToken);
        return model?.Latest is { } latest && await ContentAsync(db, werkstatt, process, latest.Number, cancellationToken) is { } content
            ? new FinalToBe(process, latest, content)
            : null;
    }

    private static async Task<byte[]?> ContentAsync(WerkstattDbContext db, WerkstattId werkstatt, ProcessId process, int number, CancellationToken cancellationToken) =>
        await db.Set<ToBeFile>().AsNoTracking()
            .Where(f => f.WerkstattId == werkstatt && f.ProcessId == process && f.Number == number)
            .Select(f => f.Content)
            .FirstOrDefaultAsync(cancellationToken);
}
