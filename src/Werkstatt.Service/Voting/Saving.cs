using Microsoft.EntityFrameworkCore;
using Werkstatt.Domain.Common;
using Werkstatt.Service.Common;
using Werkstatt.Service.Persistence;

namespace Werkstatt.Service.Voting;

/// <summary>
/// Saving aggregates that are created on first use (a ballot, an offer, a vote's settings): the version a request was
/// based on is 0 for one that does not exist yet, and two first saves racing each other meet at the primary key.
/// </summary>
public static class Saving
{
    public static Task<Error?> SaveCreatedOrChangedAsync(this WerkstattDbContext db, AggregateRoot aggregate, int? expectedVersion, string what, CancellationToken cancellationToken) =>
        db.SaveCreatedOrChangedAsync(aggregate, expectedVersion, what, null, cancellationToken);

    /// <summary>
    /// Saves; a stale version is a conflict. Any other failed write (a primary key or unique index another request
    /// took first) becomes <paramref name="taken"/>, or a conflict when none is given. A database that cannot be reached
    /// is thrown on (503), never reported as a lost race.
    /// </summary>
    public static async Task<Error?> SaveCreatedOrChangedAsync(
        this WerkstattDbContext db, AggregateRoot aggregate, int? expectedVersion, string what, Error? taken, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(aggregate);
        if (db.EntryWithoutScan(aggregate).State != EntityState.Detached)
        {
            try
            {
                return await db.SaveAsync(aggregate, expectedVersion, what, cancellationToken);
            }
            catch (DbUpdateException ex) when (!DatabaseUnavailable.Is(ex))
            {
                db.ChangeTracker.Clear();
                return taken ?? Error.Concurrency(what);
            }
        }

        if (expectedVersion is { } expected && expected != 0)
        {
            db.ChangeTracker.Clear();
            return Error.Concurrency(what);
        }

        db.Add(aggregate);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateConcurrencyException ex) when (!DatabaseUnavailable.Is(ex))
        {
            db.ChangeTracker.Clear();
            return Error.Concurrency(what);
        }
        catch (DbUpdateException ex) when (!DatabaseUnavailable.Is(ex))
        {
            db.ChangeTracker.Clear();
            return taken ?? Error.Concurrency(what);
        }
    }
}
