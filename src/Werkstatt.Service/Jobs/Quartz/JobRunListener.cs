using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Quartz;
using Werkstatt.Service.Persistence;

namespace Werkstatt.Service.Jobs.Quartz;

/// <summary>Writes every job execution to <c>job_runs</c>: when, how long, by which instance, and how it ended.</summary>
public sealed partial class JobRunListener(IServiceProvider services, ILogger<JobRunListener> logger) : IJobListener
{
    public string Name => "werkstatt-job-runs";

    public Task JobToBeExecuted(IJobExecutionContext context, CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task JobExecutionVetoed(IJobExecutionContext context, CancellationToken cancellationToken = default) => Task.CompletedTask;

    public async Task JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (outcome, detail) = jobException is not null
            ? ("Failed", (jobException.InnerException ?? jobException).Message)
            : context.Result is StepResult result ? (result.Done ? "Succeeded" : "Skipped", result.Detail) : ("Succeeded", context.Result?.ToString());
        var run = new JobRun
        {
            JobName = Cut(context.JobDetail.Key.Name, JobRun.NameMaxLength),
            JobGroup = Cut(context.JobDetail.Key.Group, JobRun.NameMaxLength),
            WerkstattId = context.MergedJobDataMap.ContainsKey(JobData.Werkstatt) && Guid.TryParse(context.MergedJobDataMap.GetString(JobData.Werkstatt), out var id) ? id : null,
            Instance = Cut(context.Scheduler.SchedulerInstanceId, JobRun.NameMaxLength),
            ScheduledAt = context.ScheduledFireTimeUtc,
            StartedAt = context.FireTimeUtc,
            DurationMs = (long)context.JobRunTime.TotalMilliseconds,
            Outcome = outcome,
            Detail = detail is null ? null : Cut(detail, JobRun.DetailMaxLength),
        };
        try
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<WerkstattDbContext>();
            db.Set<JobRun>().Add(run);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogNotRecorded(logger, ex, run.JobGroup, run.JobName);
        }

        if (jobException is not null)
        {
            LogFailed(logger, jobException.InnerException ?? jobException, run.JobGroup, run.JobName);
        }
    }

    private static string Cut(string text, int max) => text.Length <= max ? text : text[..max];

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not record the run of job {Group}.{Name}")]
    private static partial void LogNotRecorded(ILogger logger, Exception ex, string group, string name);

    [LoggerMessage(Level = LogLevel.Error, Message = "Job {Group}.{Name} failed; it is tried again later")]
    private static partial void LogFailed(ILogger logger, Exception ex, string group, string name);
}
