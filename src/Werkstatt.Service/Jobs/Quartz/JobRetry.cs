using Quartz;

namespace Werkstatt.Service.Jobs.Quartz;

/// <summary>Plans one more run of a failed job after a delay.</summary>
public static class JobRetry
{
    public static async Task ScheduleAsync(IJobExecutionContext context, TimeSpan delay, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(time);
        var key = context.JobDetail.Key;
        var trigger = TriggerBuilder.Create()
            .WithIdentity(key.Name + ".retry", key.Group)
            .ForJob(key)
            .StartAt(time.GetUtcNow() + delay)
            .WithSimpleSchedule(s => s.WithMisfireHandlingInstructionFireNow())
            .Build();
        if (await context.Scheduler.RescheduleJob(trigger.Key, trigger) is null)
        {
            await context.Scheduler.ScheduleJob(trigger);
        }
    }
}
