using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Werkstatt.Service.Operations;

/// <summary>
/// Signs that other Werkstatt processes use the database, so a restore would pull it from under them:
/// other sessions on the PostgreSQL database, other processes on this machine holding the SQLite file open
/// (Linux /proc), and Quartz schedulers that checked in recently.
/// </summary>
internal static class OtherInstances
{
    public static async Task<IReadOnlyList<string>> PostgresAsync(string connectionString, CancellationToken cancellationToken)
    {
        var signs = new List<string>();
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using (var sessions = new NpgsqlCommand(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'",
            connection))
        {
            var count = Convert.ToInt64(await sessions.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
            if (count > 0)
            {
                signs.Add($"{count} weitere Verbindung(en) zur Datenbank");
            }
        }

        await using (var exists = new NpgsqlCommand("SELECT to_regclass('public.qrtz_scheduler_state') IS NOT NULL", connection))
        {
            if ((bool)(await exists.ExecuteScalarAsync(cancellationToken))!)
            {
                signs.AddRange(await LiveSchedulersAsync(connection, cancellationToken));
            }
        }

        return signs;
    }

    public static async Task<IReadOnlyList<string>> SqliteAsync(string file, CancellationToken cancellationToken)
    {
        var signs = new List<string>();
        var holders = ProcessesHolding(file);
        if (holders.Count > 0)
        {
            signs.Add($"Prozess(e) {string.Join(", ", holders)} haben die Datenbankdatei geöffnet");
        }

        if (File.Exists(file))
        {
            await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ConnectionString);
            await connection.OpenAsync(cancellationToken);
            await using var exists = new SqliteCommand("SELECT count(*) FROM sqlite_master WHERE name = 'qrtz_scheduler_state'", connection);
            if (Convert.ToInt64(await exists.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) > 0)
            {
                signs.AddRange(await LiveSchedulersAsync(connection, cancellationToken));
            }
        }

        return signs;
    }

    /// <summary>Clustered Quartz instances report every check-in interval; one seen within two intervals (+7.5 s) counts as running.</summary>
    private static async Task<List<string>> LiveSchedulersAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var alive = new List<string>();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT instance_name, last_checkin_time, checkin_interval FROM qrtz_scheduler_state";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        while (await reader.ReadAsync(cancellationToken))
        {
            var ago = now - reader.GetInt64(1);
            if (ago < (2 * reader.GetInt64(2)) + 7_500)
            {
                alive.Add($"Scheduler „{reader.GetString(0)}“ hat sich vor {Math.Max(0, ago / 1000)} s gemeldet");
            }
        }

        return alive;
    }

    private static List<int> ProcessesHolding(string file)
    {
        var targets = new[] { file, file + "-wal", file + "-shm" }.Select(Path.GetFullPath).ToHashSet(StringComparer.Ordinal);
        var holders = new List<int>();
        if (!Directory.Exists("/proc"))
        {
            return holders;
        }

        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid) || pid == Environment.ProcessId)
            {
                continue;
            }

            try
            {
                if (Directory.EnumerateFiles(Path.Combine(dir, "fd")).Any(fd => new FileInfo(fd).LinkTarget is { } target && targets.Contains(target)))
                {
                    holders.Add(pid);
                }
            }
            catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
            {
                // A process of another user, or one that just ended: not ours to judge.
            }
        }

        return holders;
    }
}
