using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Werkstatt.Service.Common;
using Werkstatt.Service.Jobs.Quartz;

namespace Werkstatt.Service.Jobs;

/// <summary>
/// Background work that runs where the jobs run (web app or <c>worker</c>, i.e. where <see cref="SchedulerHost"/> is
/// registered): one pass in a fresh scope on every signal and at least every <see cref="Interval"/>. A failed pass is
/// logged and tried again at the next; the work itself must be idempotent (rows, claims), so a crash loses nothing.
/// </summary>
public abstract partial class SignalledWorkLoop(IServiceProvider services, WorkSignal signal, ILogger logger) : BackgroundService
{
    /// <summary>What the loop does, for the log ("dossier build", "library packaging").</summary>
    protected abstract string Work { get; }

    protected abstract TimeSpan Interval { get; }

    /// <summary>One pass; returns how many things it did (logged when more than none).</summary>
    protected abstract Task<int> RunPassAsync(IServiceProvider scoped, CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (services.GetService<SchedulerHost>() is null)
        {
            return;
        }

        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = services.CreateAsyncScope();
                var done = await RunPassAsync(scope.ServiceProvider, stoppingToken);
                if (done > 0)
                {
                    LogDone(logger, Work, done);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                LogFailed(logger, Work, ex);
            }

            await signal.WaitAsync(Interval, stoppingToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Work}: {Count} done")]
    private static partial void LogDone(ILogger logger, string work, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Work} failed; trying again")]
    private static partial void LogFailed(ILogger logger, string work, Exception ex);
}
