using Microsoft.Data.Sqlite;

namespace Werkstatt.Service.Operations;

/// <summary>
/// SQLite's online backup API (<see cref="SqliteConnection.BackupDatabase(SqliteConnection)"/>): a consistent copy
/// while the app runs, including what is still in the WAL; restored the same way in the other direction.
/// </summary>
internal sealed class SqliteBackup(string connectionString)
{
    public string File { get; } = Path.GetFullPath(new SqliteConnectionStringBuilder(connectionString).DataSource);

    public string Describe() => $"SQLite-Datenbank {File}";

    public async Task BackupAsync(string file, TextWriter log, CancellationToken cancellationToken)
    {
        await log.WriteLineAsync($"Sichere die {Describe()} mit der Online-Backup-Schnittstelle nach {file} …");
        if (!System.IO.File.Exists(File))
        {
            throw new InvalidOperationException($"Die Datenbankdatei {File} gibt es nicht.");
        }

        var partial = file + ".partial";
        System.IO.File.Delete(partial);
        await using (var source = Open(File, SqliteOpenMode.ReadWrite))
        await using (var target = Open(partial, SqliteOpenMode.ReadWriteCreate))
        {
            await source.OpenAsync(cancellationToken);
            await target.OpenAsync(cancellationToken);
            source.BackupDatabase(target);

            // One self-contained file: the copy must not need a -wal beside it.
            await ExecuteAsync(target, "PRAGMA journal_mode=DELETE", cancellationToken);
        }

        System.IO.File.Move(partial, file, overwrite: true);
    }

    public static async Task VerifyAsync(string file, CancellationToken cancellationToken)
    {
        try
        {
            await using var backup = Open(file, SqliteOpenMode.ReadOnly);
            await backup.OpenAsync(cancellationToken);
            var check = await ExecuteAsync(backup, "PRAGMA quick_check", cancellationToken);
            if (!string.Equals(check, "ok", StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"{file} ist beschädigt: {check}");
            }

            if (await ExecuteAsync(backup, "SELECT count(*) FROM sqlite_master WHERE name = 'werkstatt_schema_history'", cancellationToken) != "1")
            {
                throw new InvalidOperationException($"{file} enthält keine Werkstatt-Datenbank (Tabelle werkstatt_schema_history fehlt).");
            }
        }
        catch (SqliteException ex)
        {
            throw new InvalidOperationException($"{file} ist keine lesbare SQLite-Sicherung: {ex.Message}", ex);
        }
    }

    public async Task RestoreAsync(string file, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(File)!);
        await using var source = Open(file, SqliteOpenMode.ReadOnly);
        await using var target = Open(File, SqliteOpenMode.ReadWriteCreate);
        await source.OpenAsync(cancellationToken);
        await target.OpenAsync(cancellationToken);

        // The copy replaces every page of the live file under its write lock; readers see the old or the new state.
        source.BackupDatabase(target);
        await ExecuteAsync(target, "PRAGMA journal_mode=WAL", cancellationToken);
    }

    private static SqliteConnection Open(string file, SqliteOpenMode mode) =>
        new(new SqliteConnectionStringBuilder { DataSource = file, Mode = mode, Pooling = false, DefaultTimeout = 30 }.ConnectionString);

    private static async Task<string?> ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }
}
