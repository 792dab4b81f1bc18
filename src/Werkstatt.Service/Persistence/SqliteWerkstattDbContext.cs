using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Werkstatt.Service.Persistence;

/// <summary>The embedded default store.</summary>
public sealed class SqliteWerkstattDbContext(DbContextOptions<SqliteWerkstattDbContext> options) : WerkstattDbContext(options)
{
    public const string Name = "sqlite";

    public override string ProviderName => Name;

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);

        // SQLite cannot compare or sort DateTimeOffset text; as UTC binary numbers it can.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}
