using Microsoft.EntityFrameworkCore;

namespace Werkstatt.Service.Persistence;

/// <summary>The production store.</summary>
public sealed class PostgresWerkstattDbContext(DbContextOptions<PostgresWerkstattDbContext> options) : WerkstattDbContext(options)
{
    public const string Name = "postgres";

    public override string ProviderName => Name;
}
