using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Quartz;
using Werkstatt.Domain.Cycle;
using Werkstatt.Service.Common;
using Werkstatt.Service.Jobs;
using Werkstatt.Service.Jobs.Quartz;
using Werkstatt.Service.Persistence;
using Werkstatt.Service.Werkstaetten;
using Werkstatt.Tests.Shared;

namespace Werkstatt.Service.Tests.Jobs;

/// <summary>Quartz on the tables of migration 0003, and the planned jobs following the Werkstatt; once per provider.</summary>
public abstract class QuartzStoreTests(string provider) : IAsyncLifetime
{
    private JobsWorld _world = null!;

    public async ValueTask InitializeAsync() => _world = await JobsWorld.CreateAsync(provider, new Dictionary<string, string?>
    {
        ["Jobs:SchedulerName"] = $"Test-{Guid.NewGuid():N}",
        ["Jobs:ClusterCheckinInterval"] = "00:00:01",
    });

    public async ValueTask DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task Quartz_starts_on_our_tables_and_runs_a_job_that_is_recorded()
    {
        var scheduler = await _world.Services.GetRequiredService<QuartzSchedulerFactory>().CreateAsync(CancellationToken.None);
        scheduler.ListenerManager.AddJobListener(ActivatorUtilities.CreateInstance<JobRunListener>(_world.Services));
        try
        {
            Assert.Equal(provider == PostgresWerkstattDbContext.Name, (await scheduler.GetMetaData()).JobStoreClustered);
            var job = JobBuilder.Create<MaintenanceJob>().WithIdentity("probe", JobPlanSync.SystemGroup).Build();
            await scheduler.ScheduleJob(job, TriggerBuilder.Create().StartNow().Build());
            await scheduler.Start();
            var run = await WaitForRunAsync("probe");
            Assert.Equal("Succeeded", run.Outcome);
            Assert.Equal(scheduler.SchedulerInstanceId, run.Instance);
            if (provider == PostgresWerkstattDbContext.Name)
            {
                await using var db = _world.Database.NewContext();
                Assert.Equal(1, await db.Database.SqlQueryRaw<int>("SELECT count(*)::int AS \"Value\" FROM qrtz_scheduler_state").SingleAsync());
            }
        }
        finally
        {
            await scheduler.Shutdown(waitForJobsToComplete: true);
        }
    }

    [Fact]
    public async Task Planned_jobs_follow_the_werkstatt_moved_deadline_finished_work_and_cancellation()
    {
        var scheduler = await _world.Services.GetRequiredService<QuartzSchedulerFactory>().CreateAsync(CancellationToken.None);
        try
        {
            var werkstatt = await _world.PlanAsync(Phase.Voting);
            await ApplyAsync(scheduler);
            var group = JobPlanSync.GroupOf(werkstatt.Id);
            Assert.Equal(werkstatt.Schedule.VotingCloses.AddDays(-2), await FireTimeAsync(scheduler, group, "Reminder.VotingCloses.2d"));
            Assert.Equal(werkstatt.Schedule.VotingCloses, await FireTimeAsync(scheduler, group, "Deadline.VotingCloses"));
            Assert.Equal(11, (await scheduler.GetJobKeys(Quartz.Impl.Matchers.GroupMatcher<JobKey>.GroupEquals(group))).Count);

            await ChangeAsync(s => s.UpdateAsync(Actor.System, werkstatt.Id, Moved(werkstatt, TimeSpan.FromDays(3)), CancellationToken.None));
            await ApplyAsync(scheduler);
            Assert.Equal(werkstatt.Schedule.VotingCloses.AddDays(1), await FireTimeAsync(scheduler, group, "Reminder.VotingCloses.2d"));

            await using (var votingScope = _world.Services.CreateAsyncScope())
            {
                var closed = await votingScope.ServiceProvider.GetRequiredService<Werkstatt.Service.Voting.VotingService>().CloseAsync(Actor.System, werkstatt.Id, null, CancellationToken.None);
                Assert.True(closed.IsSuccess, closed.Error?.Message);
            }

            var current = await _world.LoadAsync(werkstatt.Id);
            await ChangeAsync(s => s.MoveAsync(Actor.System, werkstatt.Id, Phase.ProcessSelection, current.Version, CancellationToken.None));
            await ApplyAsync(scheduler);
            var keys = (await scheduler.GetJobKeys(Quartz.Impl.Matchers.GroupMatcher<JobKey>.GroupEquals(group))).Select(k => k.Name).ToList();
            Assert.DoesNotContain(keys, k => k.Contains("VotingCloses", StringComparison.Ordinal));
            Assert.Contains("Reminder.ModelsDue.7d", keys);

            current = await _world.LoadAsync(werkstatt.Id);
            await ChangeAsync(s => s.CancelAsync(Actor.System, werkstatt.Id, "Abgesagt", current.Version, CancellationToken.None));
            await ApplyAsync(scheduler);
            Assert.Empty(await scheduler.GetJobKeys(Quartz.Impl.Matchers.GroupMatcher<JobKey>.GroupEquals(group)));
        }
        finally
        {
            await scheduler.Shutdown();
        }
    }

    [Fact]
    public async Task Reconciliation_adds_what_is_missing_and_removes_what_is_stale()
    {
        var scheduler = await _world.Services.GetRequiredService<QuartzSchedulerFactory>().CreateAsync(CancellationToken.None);
        try
        {
            var werkstatt = await _world.PlanAsync(Phase.Modelling);
            await using (var db = _world.Database.NewContext())
            {
                // As if the process had died before it applied the request.
                await db.Set<JobReplanRequest>().ExecuteDeleteAsync();
            }

            var stale = new WerkstattId(Guid.NewGuid());
            var orphan = JobBuilder.Create<WerkstattStepJob>().WithIdentity("Reminder.ModelsDue.7d", JobPlanSync.GroupOf(stale)).StoreDurably().Build();
            await scheduler.AddJob(orphan, replace: true);

            await using var scope = _world.Services.CreateAsyncScope();
            var changes = await scope.ServiceProvider.GetRequiredService<JobPlanSync>().ReconcileAllAsync(scheduler);
            Assert.True(changes >= 2);
            Assert.Null(await scheduler.GetJobDetail(orphan.Key));
            Assert.NotNull(await FireTimeAsync(scheduler, JobPlanSync.GroupOf(werkstatt.Id), "Escalation.ModelsDue.1d"));
            Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<JobPlanSync>().ReconcileAllAsync(scheduler));
        }
        finally
        {
            await scheduler.Shutdown();
        }
    }

    private static UpdateWerkstatt Moved(Werkstatt.Domain.Cycle.Werkstatt werkstatt, TimeSpan by)
    {
        var input = ScheduleInput.From(werkstatt.Schedule);
        return new UpdateWerkstatt(werkstatt.Title, input with { VotingCloses = input.VotingCloses + by }, werkstatt.Venue.Format, werkstatt.Venue.MeetingUrl, werkstatt.Venue.Address, null);
    }

    private async Task ChangeAsync(Func<WerkstattService, Task<Result<WerkstattView>>> change)
    {
        await using var scope = _world.Services.CreateAsyncScope();
        var result = await change(scope.ServiceProvider.GetRequiredService<WerkstattService>());
        Assert.True(result.IsSuccess, result.Error?.Message);
    }

    private async Task ApplyAsync(IScheduler scheduler)
    {
        await using var scope = _world.Services.CreateAsyncScope();
        Assert.True(await scope.ServiceProvider.GetRequiredService<JobPlanSync>().ApplyRequestsAsync(scheduler) > 0);
    }

    private static async Task<DateTimeOffset?> FireTimeAsync(IScheduler scheduler, string group, string name) =>
        (await scheduler.GetTrigger(new TriggerKey(name, group)))?.GetNextFireTimeUtc();

    private async Task<JobRun> WaitForRunAsync(string name)
    {
        for (var i = 0; i < 150; i++)
        {
            await using var db = _world.Database.NewContext();
            if (await db.Set<JobRun>().FirstOrDefaultAsync(r => r.JobName == name) is { } run)
            {
                return run;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"Job {name} did not run within 15 s.");
    }
}

public sealed class SqliteQuartzStoreTests() : QuartzStoreTests(SqliteWerkstattDbContext.Name);

public sealed class PostgresQuartzStoreTests() : QuartzStoreTests(PostgresWerkstattDbContext.Name);
