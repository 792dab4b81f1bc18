using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartz;
using Werkstatt.Domain.Common;

namespace Werkstatt.Service.Jobs.Quartz;

/// <summary>
/// Runs the Quartz scheduler in this process (web app or <c>worker</c>): reconciles the planned jobs with the database,
/// plans the recurring jobs, starts, and then applies re-plan requests as they come. Stops the scheduler on shutdown,
/// letting running jobs finish.
/// </summary>
public sealed partial class SchedulerHost(
    IServiceProvider services,
    QuartzSchedulerFactory factory,
    ReplanSignal signal,
    IOptions<JobsOptions> options,
    ILoggerFactory loggerFactory,
    TimeProvider time,
    ILogger<SchedulerHost> logger) : BackgroundService
{
    private IScheduler? _scheduler;

    /// <summary>The running scheduler, once started (for tests and diagnostics).</summary>
    public IScheduler? Scheduler => _scheduler;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        global::Quartz.Logging.LogContext.SetCurrentLogProvider(loggerFactory);
        var scheduler = await factory.CreateAsync(stoppingToken);
        scheduler.ListenerManager.AddJobListener(ActivatorUtilities.CreateInstance<JobRunListener>(services));
        await using (var scope = services.CreateAsyncScope())
        {
            var sync = scope.ServiceProvider.GetRequiredService<JobPlanSync>();
            var changes = await sync.ReconcileAllAsync(scheduler, stoppingToken);
            await sync.ApplyRequestsAsync(scheduler, stoppingToken);
            LogReconciled(logger, scheduler.SchedulerInstanceId, changes);
        }

        await PlanRecurringAsync(scheduler, stoppingToken);
        await scheduler.Start(stoppingToken);
        _scheduler = scheduler;
        while (!stoppingToken.IsCancellationRequested)
        {
            await signal.WaitAsync(options.Value.ReplanInterval, stoppingToken);
            if (stoppingToken.IsCancellationRequested)
            {
                break;
            }

            try
            {
                await using var scope = services.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<JobPlanSync>().ApplyRequestsAsync(scheduler, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogReplanFailed(logger, ex);
            }
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        if (_scheduler is { } scheduler)
        {
            await scheduler.Shutdown(waitForJobsToComplete: true, cancellationToken);
        }
    }

    private async Task PlanRecurringAsync(IScheduler scheduler, CancellationToken cancellationToken)
    {
        var jobs = options.Value;
        var digest = JobBuilder.Create<DigestJob>().WithIdentity("digest", JobPlanSync.SystemGroup).WithDescription("Tägliche Sammelmail").StoreDurably().Build();
        var digestTrigger = TriggerBuilder.Create().WithIdentity("digest", JobPlanSync.SystemGroup).ForJob(digest.Key)
            .WithCronSchedule($"0 {jobs.DigestTime.Minute} {jobs.DigestTime.Hour} * * ?", c => c.InTimeZone(BerlinTime.Zone).WithMisfireHandlingInstructionFireAndProceed())
            .Build();
        var maintenance = JobBuilder.Create<MaintenanceJob>().WithIdentity("maintenance", JobPlanSync.SystemGroup).WithDescription("Abgleich der geplanten Aufträge").StoreDurably().Build();
        var maintenanceTrigger = TriggerBuilder.Create().WithIdentity("maintenance", JobPlanSync.SystemGroup).ForJob(maintenance.Key)
            .StartAt(time.GetUtcNow() + jobs.ReconcileInterval)
            .WithSimpleSchedule(s => s.WithInterval(jobs.ReconcileInterval).RepeatForever().WithMisfireHandlingInstructionNextWithRemainingCount())
            .Build();
        foreach (var (job, trigger) in new[] { (digest, digestTrigger), (maintenance, maintenanceTrigger) })
        {
            // Replaced only when the configuration changed, so instances starting one after another keep one schedule.
            if (await scheduler.GetTrigger(trigger.Key, cancellationToken) is { } existing && existing.Description == Fingerprint(trigger))
            {
                continue;
            }

            var described = trigger.GetTriggerBuilder().WithDescription(Fingerprint(trigger)).Build();
            await scheduler.ScheduleJob(job, [described], replace: true, cancellationToken);
        }
    }

    private static string Fingerprint(ITrigger trigger) => trigger switch
    {
        ICronTrigger cron => $"cron {cron.CronExpressionString}",
        ISimpleTrigger simple => $"every {simple.RepeatInterval}",
        _ => trigger.GetType().Name,
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "Scheduler {Instance} started; reconciliation changed {Changes} planned jobs")]
    private static partial void LogReconciled(ILogger logger, string instance, int changes);

    [LoggerMessage(Level = LogLevel.Error, Message = "Re-planning jobs failed; trying again")]
    private static partial void LogReplanFailed(ILogger logger, Exception ex);
}
