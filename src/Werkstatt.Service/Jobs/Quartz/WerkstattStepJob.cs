using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Quartz;
using Werkstatt.Domain.Cycle;

namespace Werkstatt.Service.Jobs.Quartz;

/// <summary>A reminder, deadline or escalation of one Werkstatt; the logic is <see cref="MilestoneJobService.RunStepAsync"/>.</summary>
[DisallowConcurrentExecution]
public sealed class WerkstattStepJob(IServiceProvider services, IOptions<JobsOptions> options, TimeProvider time) : IJob
{
    public async Task Execute(IJobExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var data = context.MergedJobDataMap;
        var id = new WerkstattId(Guid.Parse(data.GetString(JobData.Werkstatt)!));
        try
        {
            await using var scope = services.CreateAsyncScope();
            context.Result = await scope.ServiceProvider.GetRequiredService<MilestoneJobService>()
                .RunStepAsync(id, data.GetString(JobData.Step)!, JobData.Parse(data.GetString(JobData.MilestoneAt)!), context.CancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The step is idempotent, so trying again later is safe; a step that is no longer due then does nothing.
            await JobRetry.ScheduleAsync(context, options.Value.StepRetryDelay, time);
            throw new JobExecutionException(ex, refireImmediately: false);
        }
    }
}
