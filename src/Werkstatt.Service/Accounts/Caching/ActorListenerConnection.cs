using Npgsql;

namespace Werkstatt.Service.Accounts.Caching;

/// <summary>Where <see cref="ActorChangeListener"/> connects (null on SQLite) and how long it waits before reconnecting.</summary>
public sealed class ActorListenerConnection(string? connectionString, TimeSpan retryDelay)
{
    /// <summary>The configured connection string with its own application name, no pooling and no prepared statements.</summary>
    public string? ConnectionString { get; } = connectionString is null
        ? null
        : new NpgsqlConnectionStringBuilder(connectionString)
        {
            ApplicationName = ActorChangeListener.ApplicationName,
            Pooling = false,
            MaxAutoPrepare = 0,
        }.ConnectionString;

    /// <summary>The first delay after a lost connection; it doubles up to 30 s and starts over once connected.</summary>
    public TimeSpan RetryDelay { get; } = retryDelay;
}
