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

    /// <summary>
    /// EF Core opens and closes the connection around every query, so a page returns its pooled connection about ten
    /// times. Npgsql's default then queues a session reset (<c>RESET ALL; UNLISTEN *; pg_advisory_unlock_all(); DISCARD
    /// …</c>, seven statements) that PostgreSQL runs before the next query — more server work than the query itself.
    /// Nothing here leaves session state behind: no <c>SET</c> outside transactions, and the session-level advisory
    /// locks (<see cref="Werkstatt.Service.Jobs.PlanLock"/>, the dossier build lock) are released before the connection
    /// is closed (a broken connection is dropped, which releases them). An explicit <c>No Reset On Close</c> wins.
    /// </summary>
    public const bool NoResetOnClose = true;

    public static string Tuned(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!Mentions(connectionString, "Max Auto Prepare") && !Mentions(connectionString, "MaxAutoPrepare"))
        {
            builder.MaxAutoPrepare = MaxAutoPrepare;
        }

        if (!Mentions(connectionString, "No Reset On Close") && !Mentions(connectionString, "NoResetOnClose"))
        {
            builder.NoResetOnClose = NoResetOnClose;
        }

        return builder.ConnectionString;
    }

    private static bool Mentions(string connectionString, string key) =>
        connectionString.Contains(key + "=", StringComparison.OrdinalIgnoreCase) || connectionString.Contains(key + " =", StringComparison.OrdinalIgnoreCase);
}
