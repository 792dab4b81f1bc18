using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Werkstatt.Service.Persistence;

namespace Werkstatt.Service.Operations;

/// <summary>
/// Backup and restore of the configured database (CLI verbs <c>backup</c> and <c>restore</c>): pg_dump/pg_restore
/// for PostgreSQL, SQLite's online backup API for the default run. A restore replaces everything and refuses while
/// other instances seem to use the database, unless forced.
/// </summary>
public sealed class BackupService
{
    private readonly string _provider;
    private readonly string _connectionString;

    public BackupService(string provider, string connectionString)
    {
        _provider = provider;
        _connectionString = connectionString;
    }

    public BackupService(WerkstattDbContext db)
        : this(
            (db ?? throw new ArgumentNullException(nameof(db))).ProviderName,
            db.Database.GetConnectionString() ?? throw new InvalidOperationException("Keine Datenbankverbindung konfiguriert."))
    {
    }

    private bool IsPostgres => _provider == PostgresWerkstattDbContext.Name;

    /// <summary>Writes a consistent copy to <paramref name="file"/> (via a .partial file, so a failure leaves no half backup).</summary>
    public async Task BackupAsync(string file, TextWriter log, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(log);
        var target = Path.GetFullPath(file);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        if (IsPostgres)
        {
            await new PostgresBackup(_connectionString).BackupAsync(target, log, cancellationToken);
        }
        else
        {
            await new SqliteBackup(_connectionString).BackupAsync(target, log, cancellationToken);
        }

        await log.WriteLineAsync($"Sicherung fertig: {target} ({new FileInfo(target).Length / 1024.0:0.0} KiB).");
    }

    /// <summary>Why a restore now would pull the database from under running instances (empty: nothing seen).</summary>
    public Task<IReadOnlyList<string>> OtherInstancesAsync(CancellationToken cancellationToken = default) =>
        IsPostgres
            ? OtherInstances.PostgresAsync(_connectionString, cancellationToken)
            : OtherInstances.SqliteAsync(new SqliteBackup(_connectionString).File, cancellationToken);

    /// <summary>
    /// Replaces the whole database with the backup. Without <paramref name="force"/> it refuses while other
    /// instances seem to run; with it, other PostgreSQL sessions are disconnected first.
    /// </summary>
    public async Task RestoreAsync(string file, bool force, TextWriter log, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(log);
        var source = Path.GetFullPath(file);
        if (!File.Exists(source))
        {
            throw new InvalidOperationException($"Die Sicherung {source} gibt es nicht.");
        }

        var postgres = IsPostgres ? new PostgresBackup(_connectionString) : null;
        var sqlite = IsPostgres ? null : new SqliteBackup(_connectionString);
        if (postgres is not null)
        {
            await PostgresBackup.VerifyAsync(source, cancellationToken);
        }
        else
        {
            await SqliteBackup.VerifyAsync(source, cancellationToken);
        }

        var others = await OtherInstancesAsync(cancellationToken);
        if (others.Count > 0 && !force)
        {
            throw new InvalidOperationException(
                "Wiederherstellung abgelehnt: Es laufen vermutlich noch andere Werkstatt-Instanzen ("
                + string.Join("; ", others)
                + "). Bitte Web-Anwendung und Worker zuerst stoppen, oder mit --force trotzdem wiederherstellen.");
        }

        if (others.Count > 0)
        {
            await log.WriteLineAsync($"--force: fahre trotz laufender Instanzen fort ({string.Join("; ", others)}).");
        }

        var what = postgres?.Describe() ?? sqlite!.Describe();
        await log.WriteLineAsync($"Stelle die {what} aus {source} wieder her. Alle Daten der Datenbank werden durch den Stand der Sicherung ersetzt; Änderungen seit der Sicherung gehen verloren.");
        if (postgres is not null)
        {
            await log.WriteLineAsync("Alle Tabellen werden gelöscht und aus der Sicherung neu angelegt, in einer Transaktion (bei einem Fehler bleibt die Datenbank unverändert).");
            await postgres.RestoreAsync(source, disconnectOthers: force && others.Count > 0, log, cancellationToken);
        }
        else
        {
            await sqlite!.RestoreAsync(source, cancellationToken);
        }

        await log.WriteLineAsync(await SchemaStateAsync(cancellationToken));
    }

    private async Task<string> SchemaStateAsync(CancellationToken cancellationToken)
    {
        await using DbConnection connection = IsPostgres
            ? new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_connectionString) { Pooling = false }.ConnectionString)
            : new SqliteConnection(new SqliteConnectionStringBuilder(_connectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT id FROM werkstatt_schema_history";
        var applied = new HashSet<string>(StringComparer.Ordinal);
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                applied.Add(reader.GetString(0));
            }
        }

        var known = SchemaMigrator.Scripts(_provider).Select(s => s.Id).ToList();
        var unknown = applied.Except(known).Order(StringComparer.Ordinal).ToList();
        var pending = known.Except(applied).ToList();
        var state = $"Wiederhergestellt. Stand der Sicherung: Migration {applied.Max(StringComparer.Ordinal) ?? "–"}.";
        if (unknown.Count > 0)
        {
            state += $" Achtung: Die Sicherung stammt von einer neueren Werkstatt-Version (unbekannte Migrationen: {string.Join(", ", unknown)}); bitte mit dieser Version betreiben.";
        }

        if (pending.Count > 0)
        {
            state += $" Ausstehende Migrationen ({string.Join(", ", pending)}) werden beim nächsten Start oder mit „migrate“ angewendet.";
        }

        return state;
    }
}
