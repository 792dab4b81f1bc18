using System.Data;
using Microsoft.EntityFrameworkCore;
using Werkstatt.Service.Persistence;

namespace Werkstatt.Service.Jobs;

/// <summary>
/// Lets one scheduler instance of the cluster at a time change the plan (apply requests, reconcile): otherwise two
/// instances starting together could both plan a step, and one of them re-plan a step the other had already fired.
/// PostgreSQL: a session advisory lock; SQLite runs one scheduler only, so nothing is needed there.
/// </summary>
public sealed class PlanLock : IAsyncDisposable
{
    private const long Key = 0x4A6F6273; // "Jobs"
    private readonly WerkstattDbContext? _db;

    private PlanLock(WerkstattDbContext? db) => _db = db;

    public static async Task<PlanLock> AcquireAsync(WerkstattDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (db.ProviderName != PostgresWerkstattDbContext.Name)
        {
            return new PlanLock(null);
        }

        await db.Database.OpenConnectionAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_lock({Key})", cancellationToken);
        return new PlanLock(db);
    }

    public async ValueTask DisposeAsync()
    {
        if (_db is null || _db.Database.GetDbConnection().State != ConnectionState.Open)
        {
            return;
        }

        await _db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_unlock({Key})");
        await _db.Database.CloseConnectionAsync();
    }
}
