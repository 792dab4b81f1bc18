using Microsoft.EntityFrameworkCore;
using Werkstatt.Domain.Common;
using Werkstatt.Service.Common;

namespace Werkstatt.Service.Persistence;

/// <summary>Saving with optimistic concurrency: a stale version becomes a conflict, never an overwrite.</summary>
public static class SaveExtensions
{
    /// <summary>
    /// Checks <paramref name="expectedVersion"/> (the version the user's form or request was based on) and saves.
    /// Returns null on success, or the conflict.
    /// </summary>
    public static async Task<Error?> SaveAsync(this WerkstattDbContext db, AggregateRoot aggregate, int? expectedVersion, string what, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(aggregate);
        if (expectedVersion is { } expected)
        {
            if (aggregate.Version != expected)
            {
                db.ChangeTracker.Clear();
                return Error.Concurrency(what);
            }

            // The database checks the same version again, so a save that races us loses cleanly.
            db.EntryWithoutScan(aggregate).Property(a => a.Version).OriginalValue = expected;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Error.Concurrency(what);
        }
    }
}
