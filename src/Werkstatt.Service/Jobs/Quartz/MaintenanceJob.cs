using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Werkstatt.Service.Jobs.Quartz;

/// <summary>Periodically: planned jobs = database (<see cref="JobPlanSync.ReconcileAllAsync"/>), old job runs removed, old audit entries and sent mail bodies purged.</summary>
[DisallowConcurrentExecution]
public sealed class MaintenanceJob(IServiceProvider services) : IJob
{
    public async Task Execute(IJobExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        await using var scope = services.CreateAsyncScope();
        var done = await scope.ServiceProvider.GetRequiredService<JobPlanSync>().MaintainAsync(context.Scheduler, context.CancellationToken);
        var purged = await scope.ServiceProvider.GetRequiredService<Audit.AuditService>().PurgeExpiredAsync(context.CancellationToken);
        var bodies = await scope.ServiceProvider.GetRequiredService<Notifications.SentMailRetention>().PurgeBodiesAsync(context.CancellationToken);
        context.Result = StepResult.Completed($"{done} {purged} alte Protokolleinträge gelöscht, {bodies} gesendete Mails ohne Text.");
    }
}
