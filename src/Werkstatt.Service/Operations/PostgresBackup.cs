using System.Text;
using Npgsql;

namespace Werkstatt.Service.Operations;

/// <summary>pg_dump in the custom format; restored by pg_restore piped into psql in one transaction.</summary>
internal sealed class PostgresBackup(string connectionString)
{
    // Every table, view, sequence and function of the schema goes, so objects created after the backup (a newer
    // migration, e.g. the actor cache's trigger function) cannot survive and clash with the restored migration history
    // or the archive's own CREATE statements; functions of extensions stay (they belong to the extension). The
    // advisory lock is the migrator's, so no instance migrates in between.
    private const string DropEverything = """
        SELECT pg_advisory_xact_lock(1466266219);
        DO $werkstatt$
        DECLARE r record;
        BEGIN
          FOR r IN SELECT c.relname, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                   WHERE n.nspname = 'public' AND c.relkind IN ('v', 'm')
          LOOP
            EXECUTE format('DROP %s IF EXISTS public.%I CASCADE', CASE r.relkind WHEN 'v' THEN 'VIEW' ELSE 'MATERIALIZED VIEW' END, r.relname);
          END LOOP;
          FOR r IN SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                   WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')
          LOOP
            EXECUTE format('DROP TABLE IF EXISTS public.%I CASCADE', r.relname);
          END LOOP;
          -- Identity sequences went with their tables; what is left stands alone.
          FOR r IN SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                   WHERE n.nspname = 'public' AND c.relkind = 'S'
          LOOP
            EXECUTE format('DROP SEQUENCE IF EXISTS public.%I CASCADE', r.relname);
          END LOOP;
          FOR r IN SELECT p.oid::regprocedure AS routine FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
                   WHERE n.nspname = 'public' AND p.prokind IN ('f', 'p')
                     AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e')
          LOOP
            EXECUTE format('DROP ROUTINE IF EXISTS %s CASCADE', r.routine);
          END LOOP;
        END
        $werkstatt$;

        """;

    private readonly NpgsqlConnectionStringBuilder _connection = new(connectionString);

    public string Describe() => $"PostgreSQL-Datenbank „{_connection.Database}“ auf {_connection.Host}:{_connection.Port}";

    public async Task BackupAsync(string file, TextWriter log, CancellationToken cancellationToken)
    {
        var pgDump = PostgresTools.Find("pg_dump");
        await log.WriteLineAsync($"Sichere die {Describe()} mit {pgDump} (Format „custom“) nach {file} …");
        var partial = file + ".partial";
        using (var dump = ToolProcess.Start(pgDump, ["--format=custom", "--file", partial], PostgresTools.EnvironmentFor(_connection)))
        {
            if (await dump.WaitAsync(cancellationToken) != 0)
            {
                File.Delete(partial);
                throw new InvalidOperationException($"pg_dump ist fehlgeschlagen: {dump.Errors}");
            }
        }

        File.Move(partial, file, overwrite: true);
    }

    /// <summary>Checks the archive's table of contents before anything is dropped.</summary>
    public static async Task VerifyAsync(string file, CancellationToken cancellationToken)
    {
        using var list = ToolProcess.Start(PostgresTools.Find("pg_restore"), ["--list", file], new Dictionary<string, string>(), redirectOutput: true);
        var contents = await list.Process.StandardOutput.ReadToEndAsync(cancellationToken);
        if (await list.WaitAsync(cancellationToken) != 0)
        {
            throw new InvalidOperationException($"{file} ist keine lesbare pg_dump-Sicherung: {list.Errors}");
        }

        if (!contents.Contains("werkstatt_schema_history", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"{file} enthält keine Werkstatt-Datenbank (Tabelle werkstatt_schema_history fehlt).");
        }
    }

    public async Task RestoreAsync(string file, bool disconnectOthers, TextWriter log, CancellationToken cancellationToken)
    {
        if (disconnectOthers)
        {
            await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_connection.ConnectionString) { Pooling = false }.ConnectionString);
            await connection.OpenAsync(cancellationToken);
            await using var terminate = new NpgsqlCommand(
                "SELECT count(*) FILTER (WHERE pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'",
                connection);
            await log.WriteLineAsync($"Trenne {await terminate.ExecuteScalarAsync(cancellationToken)} andere Verbindung(en) zur Datenbank.");
        }

        var environment = PostgresTools.EnvironmentFor(_connection);
        using var restore = ToolProcess.Start(PostgresTools.Find("pg_restore"), ["--no-owner", "--no-privileges", "--exit-on-error", "--file", "-", file], environment, redirectOutput: true);
        using var psql = ToolProcess.Start(
            PostgresTools.Find("psql"),
            ["--no-psqlrc", "--quiet", "--single-transaction", "--set", "ON_ERROR_STOP=1", "--file", "-"],
            environment,
            redirectInput: true,
            redirectOutput: true);
        var psqlOutput = psql.Process.StandardOutput.ReadToEndAsync(cancellationToken);
        var input = psql.Process.StandardInput.BaseStream;
        try
        {
            await input.WriteAsync(Encoding.UTF8.GetBytes(DropEverything), cancellationToken);
            await restore.Process.StandardOutput.BaseStream.CopyToAsync(input, cancellationToken);

            // Running processes cache who a login is; the restored logins and roles replace theirs (at commit).
            await input.WriteAsync(Encoding.UTF8.GetBytes($"\nSELECT pg_notify('{Accounts.Caching.ActorChangeListener.Channel}', '');\n"), cancellationToken);
        }
        catch (IOException)
        {
            // psql stopped reading (ON_ERROR_STOP): its exit code and message tell why.
        }
        finally
        {
            try
            {
                psql.Process.StandardInput.Close();
            }
            catch (IOException)
            {
                // Already gone; see above.
            }
        }

        var restoreCode = await restore.WaitAsync(cancellationToken);
        var psqlCode = await psql.WaitAsync(cancellationToken);
        await psqlOutput;
        if (restoreCode != 0 || psqlCode != 0)
        {
            throw new InvalidOperationException(
                $"Die Wiederherstellung ist fehlgeschlagen; die Transaktion wurde zurückgerollt, die Datenbank ist unverändert. pg_restore: {restore.Errors} psql: {psql.Errors}");
        }
    }
}
