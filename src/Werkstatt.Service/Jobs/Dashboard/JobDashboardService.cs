using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Network;
using Werkstatt.Service.Common;
using Werkstatt.Service.Notifications;
using Werkstatt.Service.Persistence;

namespace Werkstatt.Service.Jobs.Dashboard;

/// <summary>
/// Reads the machinery for admins (everything) and coordinators (their network): Quartz's tables directly – so it works
/// in a web app that does not run the scheduler – plus job runs and the outbox.
/// </summary>
public sealed class JobDashboardService(WerkstattDbContext db, TimeProvider time, IOptions<JobsOptions> options)
{
    private const int ListSize = 50;

    public async Task<Result<JobDashboard>> GetAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        NetworkId? only = actor.IsAdmin ? null : actor.NetworkId;
        if (!actor.IsAdmin && (only is null || !actor.Coordinates(only.Value)))
        {
            return Error.Forbidden("Nur Administration und Koordination sehen die Hintergrundaufgaben.");
        }

        var werkstaetten = await db.Werkstaetten.AsNoTracking()
            .Where(w => only == null || w.NetworkId == only)
            .Select(w => new { w.Id, w.Title })
            .ToListAsync(cancellationToken);
        var titles = werkstaetten.ToDictionary(w => w.Id.Value, w => w.Title);
        var planned = (await PlannedAsync(cancellationToken))
            .Where(p => only is null ? true : p.WerkstattId is { } id && titles.ContainsKey(id))
            .Select(p => p with { WerkstattTitle = p.WerkstattId is { } id ? titles.GetValueOrDefault(id) : null })
            .OrderBy(p => p.NextFireAt ?? DateTimeOffset.MaxValue)
            .Take(200)
            .ToList();

        var runs = db.Set<JobRun>().AsNoTracking();
        var mine = only is null ? runs : runs.Where(r => r.WerkstattId == null || titles.Keys.Contains(r.WerkstattId.Value));
        var recent = await mine.OrderByDescending(r => r.Id).Take(ListSize).ToListAsync(cancellationToken);
        var failures = await mine.Where(r => r.Outcome == "Failed").OrderByDescending(r => r.Id).Take(20).ToListAsync(cancellationToken);

        var outbox = db.Set<OutboxMessage>().AsNoTracking().Where(m => only == null || m.NetworkId == only.Value.Value);
        var counts = (await outbox.GroupBy(m => m.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken))
            .ToDictionary(x => x.Key, x => x.Count);
        var pending = await outbox.Where(m => m.Status == OutboxStatus.Pending || m.Status == OutboxStatus.Sending || m.Status == OutboxStatus.Held)
            .OrderBy(m => m.NextAttemptAt).Take(ListSize).ToListAsync(cancellationToken);
        var failed = await outbox.Where(m => m.Status == OutboxStatus.Failed).OrderByDescending(m => m.CreatedAt).Take(200).ToListAsync(cancellationToken);
        var sent = await outbox.Where(m => m.Status == OutboxStatus.Sent).OrderByDescending(m => m.SentAt).Take(20).ToListAsync(cancellationToken);

        return new JobDashboard(planned, recent, failures, counts, pending, failed, sent, await InstancesAsync(cancellationToken),
            db.ProviderName == PostgresWerkstattDbContext.Name, titles);
    }

    private async Task<List<PlannedJobView>> PlannedAsync(CancellationToken cancellationToken)
    {
        const string Sql = """
            SELECT j.job_group, j.job_name, j.description, t.next_fire_time, t.trigger_state
            FROM qrtz_job_details j
            LEFT JOIN qrtz_triggers t ON t.sched_name = j.sched_name AND t.job_name = j.job_name AND t.job_group = j.job_group
            WHERE j.sched_name = @scheduler
            """;
        return await QueryAsync(Sql, r => new PlannedJobView(
            r.GetString(0),
            r.GetString(1),
            r.IsDBNull(2) ? r.GetString(1) : r.GetString(2),
            JobPlanSync.WerkstattOf(r.GetString(0))?.Value,
            null,
            r.IsDBNull(3) ? null : new DateTimeOffset(r.GetInt64(3), TimeSpan.Zero),
            r.IsDBNull(4) ? "ausgeführt" : r.GetString(4)), cancellationToken);
    }

    private async Task<List<SchedulerInstanceView>> InstancesAsync(CancellationToken cancellationToken)
    {
        const string Sql = "SELECT instance_name, last_checkin_time, checkin_interval FROM qrtz_scheduler_state WHERE sched_name = @scheduler ORDER BY instance_name";
        var now = time.GetUtcNow();
        return await QueryAsync(Sql, r =>
        {
            var last = new DateTimeOffset(r.GetInt64(1), TimeSpan.Zero);
            var interval = TimeSpan.FromMilliseconds(r.GetInt64(2));

            // Quartz itself declares an instance dead after about one missed check-in plus 7.5 s.
            return new SchedulerInstanceView(r.GetString(0), last, interval, now - last <= (interval * 2) + TimeSpan.FromSeconds(7.5));
        }, cancellationToken);
    }

    private async Task<List<T>> QueryAsync<T>(string sql, Func<DbDataReader, T> read, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
        {
            await connection.OpenAsync(cancellationToken);
        }

        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@scheduler";
            parameter.Value = options.Value.SchedulerName;
            command.Parameters.Add(parameter);
            var list = new List<T>();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                list.Add(read(reader));
            }

            return list;
        }
        finally
        {
            if (opened)
            {
                await connection.CloseAsync();
            }
        }
    }
}
