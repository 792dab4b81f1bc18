using System.Data.Common;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Werkstatt.Service.Persistence;

/// <summary>
/// Applies the SQL migration scripts of the current provider (embedded from Persistence/Migrations/&lt;provider&gt;)
/// in order, each once, recorded in <c>werkstatt_schema_history</c>. Several instances may start at once:
/// on PostgreSQL an advisory lock serialises them, on SQLite the write lock does.
/// </summary>
/// <remarks>
/// Plain SQL instead of EF migration classes: the EF design-time package cannot be restored here, and SQL files
/// also carry the Quartz tables. A test checks that the scripts produce exactly the schema of the EF model.
/// </remarks>
public sealed partial class SchemaMigrator(WerkstattDbContext db, ILogger<SchemaMigrator> logger)
{
    /// <summary>The PostgreSQL advisory lock start-up work runs under (migrations, the first data-protection key).</summary>
    public const long AdvisoryLockKey = 0x5765726B; // "Werk"
    private const string HistoryTable = "werkstatt_schema_history";

    /// <summary>The scripts of one provider, ordered by name ("0001_initial", "0002_...").</summary>
    public static IReadOnlyList<(string Id, string Sql)> Scripts(string provider)
    {
        var assembly = typeof(SchemaMigrator).Assembly;
        var prefix = $"migrations/{Folder(provider)}/";
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && n.EndsWith(".sql", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .Select(n => (Path.GetFileNameWithoutExtension(n), Read(assembly, n)))
            .ToList();
    }

    /// <summary>Applies what is missing; returns the ids applied now.</summary>
    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken cancellationToken = default)
    {
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
        {
            await connection.OpenAsync(cancellationToken);
        }

        var isPostgres = db.ProviderName == PostgresWerkstattDbContext.Name;
        try
        {
            if (isPostgres)
            {
                await ExecuteAsync(connection, null, $"SELECT pg_advisory_lock({AdvisoryLockKey})", cancellationToken);
            }
            else
            {
                // WAL lets readers go on while a writer works; the setting stays with the file.
                await ExecuteAsync(connection, null, "PRAGMA journal_mode=WAL", cancellationToken);
            }

            await ExecuteAsync(connection, null, $"CREATE TABLE IF NOT EXISTS {HistoryTable} (id VARCHAR(150) NOT NULL PRIMARY KEY, applied_at VARCHAR(40) NOT NULL)", cancellationToken);
            var applied = await AppliedAsync(connection, cancellationToken);
            var done = new List<string>();
            foreach (var (id, sql) in Scripts(db.ProviderName))
            {
                if (applied.Contains(id))
                {
                    continue;
                }

                await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
                await ExecuteAsync(connection, transaction, sql, cancellationToken);
                await using (var insert = connection.CreateCommand())
                {
                    insert.Transaction = transaction;
                    insert.CommandText = $"INSERT INTO {HistoryTable} (id, applied_at) VALUES (@id, @at)";
                    AddParameter(insert, "@id", id);
                    AddParameter(insert, "@at", DateTimeOffset.UtcNow.ToString("O"));
                    await insert.ExecuteNonQueryAsync(cancellationToken);
                }

                await transaction.CommitAsync(cancellationToken);
                LogApplied(logger, id, db.ProviderName);
                done.Add(id);
            }

            return done;
        }
        finally
        {
            if (isPostgres)
            {
                await ExecuteAsync(connection, null, $"SELECT pg_advisory_unlock({AdvisoryLockKey})", CancellationToken.None);
            }

            if (opened)
            {
                await connection.CloseAsync();
            }
        }
    }

    /// <summary>Migrations known to the code but not yet applied to the database.</summary>
    public async Task<IReadOnlyList<string>> PendingAsync(CancellationToken cancellationToken = default)
    {
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync(cancellationToken);
        try
        {
            await ExecuteAsync(connection, null, $"CREATE TABLE IF NOT EXISTS {HistoryTable} (id VARCHAR(150) NOT NULL PRIMARY KEY, applied_at VARCHAR(40) NOT NULL)", cancellationToken);
            var applied = await AppliedAsync(connection, cancellationToken);
            return Scripts(db.ProviderName).Select(s => s.Id).Where(id => !applied.Contains(id)).ToList();
        }
        finally
        {
            await connection.CloseAsync();
        }
    }

    private static async Task<HashSet<string>> AppliedAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var applied = new HashSet<string>(StringComparer.Ordinal);
        await using var select = connection.CreateCommand();
        select.CommandText = $"SELECT id FROM {HistoryTable}";
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            applied.Add(reader.GetString(0));
        }

        return applied;
    }

    private static string Folder(string provider) => provider == PostgresWerkstattDbContext.Name ? "Postgres" : "Sqlite";

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.CommandTimeout = 300;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static void AddParameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Applied migration {Id} ({Provider})")]
    private static partial void LogApplied(ILogger logger, string id, string provider);
}
