using System.Data;
using Microsoft.EntityFrameworkCore;
using Werkstatt.Service.Persistence;

namespace Werkstatt.Service.Dossiers;

/// <summary>
/// Held while one instance builds a Werkstatt's dossier. PostgreSQL: a session advisory lock per Werkstatt, which the
/// server drops the moment the holder's connection ends – so an instance that gets it knows that whoever claimed an
/// unfinished build is gone (killed, crashed, cut off) and takes the build over at once, while a live builder is never
/// overtaken. SQLite runs one job process only: nothing to lock, a dead claim is recognised by its age instead.
/// </summary>
public sealed class DossierBuildLock : IAsyncDisposable
{
    private const int LockClass = 0x446F7373; // "Doss"
    private readonly WerkstattDbContext? _db;
    private readonly int _key;

    private DossierBuildLock(WerkstattDbContext? db, int key)
    {
        _db = db;
        _key = key;
    }

    /// <summary>True when holding the lock proves that no other live instance is building this Werkstatt.</summary>
    public bool ProvesClaimantGone => _db is not null;

    /// <summary>The lock, or null when another live instance holds it.</summary>
    public static async Task<DossierBuildLock?> TryAcquireAsync(WerkstattDbContext db, Guid werkstattId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (db.ProviderName != PostgresWerkstattDbContext.Name)
        {
            return new DossierBuildLock(null, 0);
        }

        var key = BitConverter.ToInt32(werkstattId.ToByteArray(), 12);
        await db.Database.OpenConnectionAsync(cancellationToken);
        var acquired = await db.Database.SqlQuery<bool>($"SELECT pg_try_advisory_lock({LockClass}, {key}) AS \"Value\"").SingleAsync(cancellationToken);
        if (!acquired)
        {
            await db.Database.CloseConnectionAsync();
            return null;
        }

        return new DossierBuildLock(db, key);
    }

    public async ValueTask DisposeAsync()
    {
        if (_db is null || _db.Database.GetDbConnection().State != ConnectionState.Open)
        {
            return;
        }

        try
        {
            await _db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({LockClass}, {_key})");
        }
        catch (Exception ex) when (DatabaseUnavailable.Is(ex))
        {
            // The session is gone, and its lock with it.
        }
        finally
        {
            await _db.Database.CloseConnectionAsync();
        }
    }
}
