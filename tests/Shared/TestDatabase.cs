using Microsoft.EntityFrameworkCore;
using Npgsql;
using Werkstatt.Service.Persistence;

namespace Werkstatt.Tests.Shared;

/// <summary>
/// A fresh, empty database on one provider: a temp SQLite file, or a new database on the throwaway PostgreSQL
/// server that ./build.sh test starts (WERKSTATT_TEST_POSTGRES). Dropped on dispose.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "WERKSTATT_TEST_POSTGRES";

    private readonly string? _sqliteFile;
    private readonly string? _postgresAdmin;
    private readonly string? _postgresName;

    private TestDatabase(string provider, string connectionString, string? sqliteFile, string? postgresAdmin, string? postgresName)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _sqliteFile = sqliteFile;
        _postgresAdmin = postgresAdmin;
        _postgresName = postgresName;
    }

    public string Provider { get; }

    public string ConnectionString { get; }

    /// <summary>
    /// The PostgreSQL server for tests, or null when none is configured outside CI (those tests then skip).
    /// Under CI=true a missing server fails the run instead of skipping.
    /// </summary>
    public static string? PostgresServer()
    {
        var server = Environment.GetEnvironmentVariable(PostgresVariable);
        if (string.IsNullOrWhiteSpace(server))
        {
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException($"CI=true but {PostgresVariable} is not set: PostgreSQL tests must run in CI (use ./build.sh test).");
            }

            return null;
        }

        return server;
    }

    public static async Task<TestDatabase> CreateAsync(string provider)
    {
        if (provider == SqliteWerkstattDbContext.Name)
        {
            var file = Path.Combine(Path.GetTempPath(), $"werkstatt-test-{Guid.NewGuid():N}.db");
            return new TestDatabase(provider, $"Data Source={file};Pooling=False", file, null, null);
        }

        var server = PostgresServer();
        Assert.SkipWhen(server is null, $"PostgreSQL not configured ({PostgresVariable}); run ./build.sh test.");
        return await CreateOnAsync(server);
    }

    /// <summary>A new PostgreSQL database on <paramref name="server"/> (a superuser connection string), e.g. a test's own server.</summary>
    public static async Task<TestDatabase> CreateOnAsync(string server)
    {
        var provider = PostgresWerkstattDbContext.Name;
        var name = $"wt_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(server) { Database = name };
        return new TestDatabase(provider, builder.ConnectionString, null, server, name);
    }

    public WerkstattDbContext NewContext() => DesignTimeContexts.Create(Provider, ConnectionString);

    public async Task<WerkstattDbContext> MigratedContextAsync()
    {
        var db = NewContext();
        await new SchemaMigrator(db, Microsoft.Extensions.Logging.Abstractions.NullLogger<SchemaMigrator>.Instance).MigrateAsync();
        return db;
    }

    public async ValueTask DisposeAsync()
    {
        if (_sqliteFile is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
            {
                File.Delete(_sqliteFile + suffix);
            }
        }

        if (_postgresAdmin is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(_postgresAdmin);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_postgresName}\" WITH (FORCE)", connection);
            await command.ExecuteNonQueryAsync();
        }
    }
}
