using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Werkstatt.Service.Jobs;
using Werkstatt.Service.Jobs.Quartz;
using Werkstatt.Service.Notifications;

namespace Werkstatt.Service.Mail;

/// <summary>Runs <see cref="JobsOptions.DispatchConcurrency"/> dispatcher loops in this process until shutdown.</summary>
public sealed partial class DispatcherHost(IServiceProvider services, OutboxSignal signal, IOptions<JobsOptions> options, ILogger<DispatcherHost> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        var instance = QuartzSchedulerFactory.NewInstanceId();
        var loops = Enumerable.Range(1, options.Value.DispatchConcurrency).Select(i => LoopAsync($"{instance}#{i}", stoppingToken));
        await Task.WhenAll(loops);
    }

    private async Task LoopAsync(string claimant, CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var claimed = 0;
            try
            {
                await using var scope = services.CreateAsyncScope();
                claimed = await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().DispatchOnceAsync(claimant, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                LogLoopFailed(logger, ex, claimant);
            }

            if (claimed > 0)
            {
                // More may be due: wake a sleeping sibling loop.
                signal.Pulse();
            }
            else
            {
                await signal.WaitAsync(options.Value.DispatchPollInterval, stoppingToken);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Dispatcher {Claimant} failed; trying again")]
    private static partial void LogLoopFailed(ILogger logger, Exception ex, string claimant);
}
