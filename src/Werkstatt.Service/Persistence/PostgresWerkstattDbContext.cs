using Microsoft.EntityFrameworkCore;
using Werkstatt.Service.Events;

namespace Werkstatt.Service.Persistence;

/// <summary>The production store.</summary>
public sealed class PostgresWerkstattDbContext(DbContextOptions<PostgresWerkstattDbContext> options, DomainEventDispatcher? dispatcher = null) : WerkstattDbContext(options, dispatcher)
{
    public const string Name = "postgres";

    public override string ProviderName => Name;
}
