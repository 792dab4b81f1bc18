using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Werkstatt.Service.Jobs.Quartz;

namespace Werkstatt.Service.Dossiers;

/// <summary>
/// The build loop, running wherever the jobs run (web app or <c>worker</c>, i.e. where <see cref="SchedulerHost"/> is
/// registered): builds requested dossiers when signalled, and every <see cref="DossierOptions.CheckInterval"/> looks for
/// released Werkstätten whose content changed. Requests are rows, so a crash loses nothing; claims keep two instances
/// from building the same one.
/// </summary>
public sealed partial class DossierBuildHost(IServiceProvider services, DossierSignal signal, IOptions<DossierOptions> options, ILogger<DossierBuildHost> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (services.GetService<SchedulerHost>() is null)
        {
            return;
        }

        await Task.Yield();
        var claimant = QuartzSchedulerFactory.NewInstanceId();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = services.CreateAsyncScope();
                var builder = scope.ServiceProvider.GetRequiredService<DossierBuilder>();
                await builder.CheckForChangesAsync(stoppingToken);
                var built = await builder.ProcessPendingAsync(claimant, stoppingToken);
                if (built > 0)
                {
                    LogBuilt(logger, built);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                LogFailed(logger, ex);
            }

            await signal.WaitAsync(options.Value.CheckInterval, stoppingToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Built {Count} dossier versions")]
    private static partial void LogBuilt(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Dossier build loop failed; trying again")]
    private static partial void LogFailed(ILogger logger, Exception ex);
}
