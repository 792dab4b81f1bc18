using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Quartz;
using Quartz.Impl.Matchers;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.WorkshopNotes;
using Werkstatt.Service.Jobs.Quartz;
using Werkstatt.Service.Persistence;

namespace Werkstatt.Service.Jobs;

/// <summary>
/// Makes Quartz's planned jobs match the database: one job group per Werkstatt (<c>werkstatt-&lt;id&gt;</c>), one durable
/// job per <see cref="JobStep"/>. A job whose step is unchanged is left alone – also after it fired, so it does not fire
/// again; a changed step is replaced; a step no longer wanted (work done, Werkstatt closed) is deleted.
/// </summary>
public sealed class JobPlanSync(WerkstattDbContext db, MilestoneJobService steps, TimeProvider time, IOptions<JobsOptions> options)
{
    public const string GroupPrefix = "werkstatt-";
    public const string SystemGroup = "system";
    private const int RequestBatch = 500;

    public static string GroupOf(WerkstattId id) => GroupPrefix + id.Value.ToString("N");

    public static WerkstattId? WerkstattOf(string group) =>
        group.StartsWith(GroupPrefix, StringComparison.Ordinal) && Guid.TryParse(group[GroupPrefix.Length..], out var id) ? new WerkstattId(id) : null;

    /// <summary>Applies the waiting re-plan requests; returns how many Werkstätten were re-planned.</summary>
    public async Task<int> ApplyRequestsAsync(IScheduler scheduler, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scheduler);
        if (!await db.Set<JobReplanRequest>().AnyAsync(cancellationToken))
        {
            return 0;
        }

        await using var planLock = await PlanLock.AcquireAsync(db, cancellationToken);
        var requests = await db.Set<JobReplanRequest>().AsNoTracking().OrderBy(r => r.Id).Take(RequestBatch).ToListAsync(cancellationToken);
        if (requests.Count == 0)
        {
            return 0;
        }

        var werkstaetten = requests.Select(r => r.WerkstattId).Distinct().ToList();
        foreach (var id in werkstaetten)
        {
            await ReplanAsync(scheduler, new WerkstattId(id), cancellationToken);
        }

        var done = requests.Select(r => r.Id).ToList();
        await db.Set<JobReplanRequest>().Where(r => done.Contains(r.Id)).ExecuteDeleteAsync(cancellationToken);
        return werkstaetten.Count;
    }

    public async Task ReplanAsync(IScheduler scheduler, WerkstattId id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scheduler);
        var werkstatt = await db.Werkstaetten.AsNoTracking().FirstOrDefaultAsync(w => w.Id == id, cancellationToken);
        var desired = werkstatt is null ? [] : await steps.PlanAsync(werkstatt, cancellationToken);
        await SyncGroupAsync(scheduler, id, desired, cancellationToken);
    }

    /// <summary>Every open Werkstatt planned as the database says; groups of closed or deleted ones removed.</summary>
    public async Task<int> ReconcileAllAsync(IScheduler scheduler, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scheduler);
        await using var planLock = await PlanLock.AcquireAsync(db, cancellationToken);
        // A published Werkstatt keeps its jobs while it has open action items (they outlive it).
        var open = await db.Werkstaetten.AsNoTracking()
            .Where(w => (w.Phase != Phase.Published && w.Phase != Phase.Cancelled)
                || (w.Phase == Phase.Published && db.Set<ActionItem>().Any(a => a.WerkstattId == w.Id && a.Status == ActionItemStatus.Open)))
            .ToListAsync(cancellationToken);
        var changes = 0;
        foreach (var werkstatt in open)
        {
            changes += await SyncGroupAsync(scheduler, werkstatt.Id, await steps.PlanAsync(werkstatt, cancellationToken), cancellationToken);
        }

        var wanted = open.Select(w => GroupOf(w.Id)).ToHashSet(StringComparer.Ordinal);
        foreach (var group in await scheduler.GetJobGroupNames(cancellationToken))
        {
            if (WerkstattOf(group) is { } stale && !wanted.Contains(group))
            {
                changes += await SyncGroupAsync(scheduler, stale, [], cancellationToken);
            }
        }

        return changes;
    }

    /// <summary>The periodic pass: reconcile, apply forgotten requests, delete old job runs.</summary>
    public async Task<string> MaintainAsync(IScheduler scheduler, CancellationToken cancellationToken = default)
    {
        var changes = await ReconcileAllAsync(scheduler, cancellationToken);
        await ApplyRequestsAsync(scheduler, cancellationToken);
        var before = time.GetUtcNow() - options.Value.KeepRunsFor;
        var pruned = await db.Set<JobRun>().Where(r => r.StartedAt < before).ExecuteDeleteAsync(cancellationToken);
        return $"Abgleich: {changes} Aufträge geändert; {pruned} alte Läufe gelöscht.";
    }

    private async Task<int> SyncGroupAsync(IScheduler scheduler, WerkstattId id, IReadOnlyList<JobStep> desired, CancellationToken cancellationToken)
    {
        var group = GroupOf(id);
        var changes = 0;
        var wanted = desired.ToDictionary(s => s.Name, StringComparer.Ordinal);
        foreach (var key in await scheduler.GetJobKeys(GroupMatcher<JobKey>.GroupEquals(group), cancellationToken))
        {
            if (!wanted.ContainsKey(key.Name))
            {
                await scheduler.DeleteJob(key, cancellationToken);
                changes++;
            }
        }

        foreach (var step in desired)
        {
            var key = new JobKey(step.Name, group);
            var existing = await scheduler.GetJobDetail(key, cancellationToken);
            if (existing is not null && existing.JobDataMap.GetString(JobData.FireAt) == JobData.Format(step.FireAt)
                && existing.JobDataMap.GetString(JobData.MilestoneAt) == JobData.Format(step.MilestoneAt))
            {
                continue;
            }

            var job = JobBuilder.Create<WerkstattStepJob>()
                .WithIdentity(key)
                .WithDescription(step.GermanDescription)
                .StoreDurably()
                .RequestRecovery()
                .UsingJobData(JobData.Werkstatt, id.Value.ToString())
                .UsingJobData(JobData.Step, step.Name)
                .UsingJobData(JobData.MilestoneAt, JobData.Format(step.MilestoneAt))
                .UsingJobData(JobData.FireAt, JobData.Format(step.FireAt))
                .Build();
            // A step already due starts now: Quartz would leave a trigger from the past to its misfire scan (up to a minute).
            var now = time.GetUtcNow();
            var trigger = TriggerBuilder.Create()
                .WithIdentity(step.Name, group)
                .ForJob(key)
                .StartAt(step.FireAt > now ? step.FireAt : now)
                .WithSimpleSchedule(s => s.WithMisfireHandlingInstructionFireNow())
                .Build();
            if (existing is not null)
            {
                await scheduler.DeleteJob(key, cancellationToken);
            }

            await scheduler.ScheduleJob(job, [trigger], replace: true, cancellationToken);
            changes++;
        }

        return changes;
    }
}
