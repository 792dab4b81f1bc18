using Npgsql;

namespace Werkstatt.Service.Persistence;

/// <summary>Defaults for the production connection string that the configured one does not set itself.</summary>
public static class PostgresConnection
{
    /// <summary>
    /// Statements prepared per connection. Every page runs the same few dozen EF queries; prepared, PostgreSQL skips
    /// parsing and planning them on each call (load benchmark, docs/benchmarks.md). An explicit
    /// <c>Max Auto Prepare</c> in the connection string wins (0 switches it off).
    /// </summary>
    public const int MaxAutoPrepare = 100;

    public static string Tuned(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!Mentions(connectionString, "Max Auto Prepare") && !Mentions(connectionString, "MaxAutoPrepare"))
        {
            builder.MaxAutoPrepare = MaxAutoPrepare;
        }

        return builder.ConnectionString;
    }

    private static bool Mentions(string connectionString, string key) =>
        connectionString.Contains(key + "=", StringComparison.OrdinalIgnoreCase) || connectionString.Contains(key + " =", StringComparison.OrdinalIgnoreCase);
}
