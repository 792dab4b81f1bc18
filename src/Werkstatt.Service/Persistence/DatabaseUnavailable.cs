using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Werkstatt.Service.Persistence;

/// <summary>
/// Recognises failures that mean "the database cannot be reached right now" (PostgreSQL restarting or shutting down,
/// a broken or refused connection, SQLite busy) as opposed to a bug or a broken rule: the web answers them with 503 and
/// Retry-After instead of 500, and the services do not mistake them for a lost race at a unique index.
/// </summary>
public static class DatabaseUnavailable
{
    /// <summary>How long a client should wait before trying again (Retry-After).</summary>
    public static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(5);

    /// <summary>The German sentence shown to the user.</summary>
    public const string Message = "Die Datenbank ist gerade nicht erreichbar (zum Beispiel während eines Neustarts). Ihre Anfrage wurde nicht ausgeführt oder nicht bestätigt; bitte versuchen Sie es in einigen Sekunden erneut.";

    public static bool Is(Exception? exception)
    {
        for (var depth = 0; exception is not null && depth < 10; depth++, exception = exception.InnerException)
        {
            switch (exception)
            {
                case PostgresException postgres:
                    // 08: connection exception; 57P01-57P03: admin/crash shutdown, cannot connect now; 53300: too many connections.
                    return postgres.SqlState.StartsWith("08", StringComparison.Ordinal)
                        || postgres.SqlState is PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CrashShutdown or PostgresErrorCodes.CannotConnectNow or PostgresErrorCodes.TooManyConnections;
                case NpgsqlException npgsql when npgsql.IsTransient:
                    return true;
                case SqliteException sqlite when sqlite.SqliteErrorCode is 5 or 6: // SQLITE_BUSY, SQLITE_LOCKED
                    return true;
                case SocketException:
                    return true;
                case AggregateException aggregate when aggregate.InnerExceptions.Count > 0:
                    return aggregate.InnerExceptions.Any(Is);
            }
        }

        return false;
    }
}
