using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Werkstatt.Service.Jobs.Quartz;

namespace Werkstatt.Service.Library;

/// <summary>
/// The packaging job, running where the jobs run (web app or <c>worker</c>): on a signal and every
/// <see cref="LibraryOptions.CheckInterval"/> it packages published Werkstätten into their libraries. Idempotent, so
/// two instances or a crash in between add nothing twice (the unique index on entry and Werkstatt backs that up).
/// </summary>
public sealed partial class LibraryPackagingHost(IServiceProvider services, LibrarySignal signal, IOptions<LibraryOptions> options, ILogger<LibraryPackagingHost> logger) : BackgroundService
{
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
                var added = await scope.ServiceProvider.GetRequiredService<LibraryPackager>().PackagePendingAsync(stoppingToken);
                if (added > 0)
                {
                    LogPackaged(logger, added);
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

    [LoggerMessage(Level = LogLevel.Information, Message = "Packaged {Count} library versions")]
    private static partial void LogPackaged(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Library packaging failed; trying again")]
    private static partial void LogFailed(ILogger logger, Exception ex);
}
