using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Werkstatt.Service.Accounts.Caching;

/// <summary>
/// Keeps one PostgreSQL connection (application name <see cref="ApplicationName"/>) listening on
/// <see cref="Channel"/>, where the triggers of migration 0018 announce every change to logins, roles and people made
/// by any process; each notice empties the <see cref="ActorCache"/>. While the connection is down the cache is
/// bypassed; it reconnects with a doubling delay and empties the cache before it is used again.
/// </summary>
public sealed partial class ActorChangeListener(ActorCache cache, ActorListenerConnection connection, ILogger<ActorChangeListener> logger) : BackgroundService
{
    public const string Channel = "werkstatt_actor";
    public const string ApplicationName = "werkstatt-actor-listener";

    // A connection that silently vanished (no FIN, no error) is noticed by a probe after this much quiet.
    private static readonly TimeSpan ProbeAfter = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan MaxRetryDelay = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!cache.Enabled || !cache.RequiresListener || connection.ConnectionString is null)
        {
            return;
        }

        await Task.Yield();
        var delay = connection.RetryDelay;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ListenAsync(connection.ConnectionString, () => delay = connection.RetryDelay, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                // Whatever broke the connection, the loop must go on: a failed hosted service would stop the host.
                LogLost(logger, delay.TotalSeconds, ex);
            }
            finally
            {
                cache.SetListening(false);
            }

            try
            {
                await Task.Delay(delay, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }

            delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, MaxRetryDelay.Ticks));
        }
    }

    private async Task ListenAsync(string connectionString, Action connected, CancellationToken stoppingToken)
    {
        await using var listener = new NpgsqlConnection(connectionString);
        listener.Notification += (_, _) => cache.Invalidate();
        await listener.OpenAsync(stoppingToken);
        await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", listener))
        {
            await listen.ExecuteNonQueryAsync(stoppingToken);
        }

        // Only now: every change committed from here on is announced, and what was cached before is dropped.
        cache.SetListening(true);
        connected();
        LogListening(logger);
        while (!stoppingToken.IsCancellationRequested)
        {
            if (!await listener.WaitAsync(ProbeAfter, stoppingToken))
            {
                await using var probe = new NpgsqlCommand("SELECT 1", listener) { CommandTimeout = 10 };
                await probe.ExecuteScalarAsync(stoppingToken);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Actor cache: listening for changes")]
    private static partial void LogListening(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Actor cache: change listener lost its connection, the cache is bypassed; reconnecting in {Seconds} s")]
    private static partial void LogLost(ILogger logger, double seconds, Exception ex);
}
