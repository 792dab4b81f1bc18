using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Werkstatt.Service.Persistence;

namespace Werkstatt.Web.Hosting;

/// <summary>Healthy when the database answers a query and has no pending migration.</summary>
public sealed class DatabaseHealthCheck(WerkstattDbContext db, SchemaMigrator migrator) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await db.Networks.AsNoTracking().AnyAsync(cancellationToken);
            var pending = await migrator.PendingAsync(cancellationToken);
            return pending.Count == 0
                ? HealthCheckResult.Healthy($"Datenbank erreichbar ({db.ProviderName}).")
                : HealthCheckResult.Unhealthy($"Ausstehende Migrationen: {string.Join(", ", pending)}");
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException or InvalidOperationException)
        {
            return HealthCheckResult.Unhealthy("Datenbank nicht erreichbar.", ex);
        }
    }
}
