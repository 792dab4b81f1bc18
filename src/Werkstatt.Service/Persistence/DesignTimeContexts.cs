using Microsoft.EntityFrameworkCore;

namespace Werkstatt.Service.Persistence;

/// <summary>Contexts without a live database, for generating and checking schema scripts.</summary>
public static class DesignTimeContexts
{
    public static WerkstattDbContext Create(string provider, string? connectionString = null) =>
        provider.StartsWith("postgres", StringComparison.OrdinalIgnoreCase)
            ? new PostgresWerkstattDbContext(new DbContextOptionsBuilder<PostgresWerkstattDbContext>().UseNpgsql(connectionString ?? "Host=localhost").Options)
            : new SqliteWerkstattDbContext(new DbContextOptionsBuilder<SqliteWerkstattDbContext>().UseSqlite(connectionString ?? "Data Source=:memory:").Options);
}
