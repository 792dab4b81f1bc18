using Microsoft.Extensions.DependencyInjection;
using Quartz;
using Werkstatt.Service.Notifications;

namespace Werkstatt.Service.Jobs.Quartz;

/// <summary>Daily: one digest mail per person who chose it; the logic is <see cref="DigestService.SendDueDigestsAsync"/>.</summary>
[DisallowConcurrentExecution]
public sealed class DigestJob(IServiceProvider services) : IJob
{
    public async Task Execute(IJobExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        await using var scope = services.CreateAsyncScope();
        var count = await scope.ServiceProvider.GetRequiredService<DigestService>().SendDueDigestsAsync(context.CancellationToken);
        context.Result = StepResult.Completed($"{count} Sammelmails in den Postausgang gelegt.");
    }
}
