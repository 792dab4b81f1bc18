using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Werkstatt.Service.Jobs.Quartz;

/// <summary>Periodically: planned jobs = database (<see cref="JobPlanSync.ReconcileAllAsync"/>), old job runs removed.</summary>
[DisallowConcurrentExecution]
public sealed class MaintenanceJob(IServiceProvider services) : IJob
{
    public async Task Execute(IJobExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        await using var scope = services.CreateAsyncScope();
        context.Result = StepResult.Completed(await scope.ServiceProvider.GetRequiredService<JobPlanSync>().MaintainAsync(context.Scheduler, context.CancellationToken));
    }
}
