using Npgsql;

namespace Werkstatt.Service.Operations;

/// <summary>
/// Finds PostgreSQL's client tools (the newest <c>/usr/lib/postgresql/N/bin</c>, as build.sh does, else the PATH)
/// and turns the configured connection string into libpq environment variables, so the password never
/// appears on a command line.
/// </summary>
internal static class PostgresTools
{
    public static string Find(string tool)
    {
        var versioned = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(d => (Dir: Path.Combine(d, "bin"), Version: int.TryParse(Path.GetFileName(d), out var v) ? v : -1))
                .Where(d => d.Version >= 0 && File.Exists(Path.Combine(d.Dir, tool)))
                .OrderByDescending(d => d.Version)
                .Select(d => Path.Combine(d.Dir, tool))
                .FirstOrDefault()
            : null;
        if (versioned is not null)
        {
            return versioned;
        }

        var onPath = (System.Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(d => Path.Combine(d, tool))
            .FirstOrDefault(File.Exists);
        return onPath ?? throw new InvalidOperationException(
            $"{tool} wurde nicht gefunden (weder unter /usr/lib/postgresql/*/bin noch im PATH). Bitte die PostgreSQL-Client-Programme installieren (Debian: postgresql-client).");
    }

    public static Dictionary<string, string> EnvironmentFor(NpgsqlConnectionStringBuilder connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var environment = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["PGHOST"] = connection.Host ?? "localhost",
            ["PGPORT"] = connection.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["PGAPPNAME"] = "werkstatt-backup",
            ["PGCONNECT_TIMEOUT"] = Math.Max(2, connection.Timeout).ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        Put(environment, "PGUSER", connection.Username);
        Put(environment, "PGDATABASE", connection.Database);
        Put(environment, "PGPASSWORD", connection.Password);
        Put(environment, "PGSSLMODE", connection.SslMode switch
        {
            SslMode.Disable => "disable",
            SslMode.Allow => "allow",
            SslMode.Require => "require",
            SslMode.VerifyCA => "verify-ca",
            SslMode.VerifyFull => "verify-full",
            _ => "prefer",
        });
        return environment;
    }

    private static void Put(Dictionary<string, string> environment, string key, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            environment[key] = value;
        }
    }
}
