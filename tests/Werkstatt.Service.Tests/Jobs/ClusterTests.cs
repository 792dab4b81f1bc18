using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Werkstatt.Domain.Common;
using Werkstatt.Domain.Cycle;
using Werkstatt.Service.Jobs;
using Werkstatt.Service.Notifications;
using Werkstatt.Service.Persistence;
using Werkstatt.Tests.Shared;

namespace Werkstatt.Service.Tests.Jobs;

/// <summary>Two worker processes on one PostgreSQL: every job fires once, the survivor of a kill -9 takes over, no mail twice.</summary>
[Collection(WorkerProcessTests.Name)]
public sealed class ClusterTests(ITestOutputHelper output)
{
    private const int Werkstaetten = 10;
    private const int Concurrency = 2;

    [Fact]
    public async Task Two_workers_fire_every_job_once_and_one_takes_over_when_the_other_is_killed()
    {
        await using var smtp = await SmtpSink.StartAsync();
        await using var world = await JobsWorld.CreateAsync(PostgresWerkstattDbContext.Name, managers: 3);
        var environment = new Dictionary<string, string>
        {
            ["Database__Provider"] = "postgres",
            ["ConnectionStrings__Werkstatt"] = world.Database.ConnectionString,
            ["Storage__DataDirectory"] = Path.Combine(Path.GetTempPath(), $"werkstatt-cluster-{Guid.NewGuid():N}"),
            ["Mail__Smtp__Host"] = "127.0.0.1",
            ["Mail__Smtp__Port"] = smtp.Port.ToString(CultureInfo.InvariantCulture),
            ["Mail__Smtp__StartTls"] = "false",
            ["Jobs__ClusterCheckinInterval"] = "00:00:01",
            ["Jobs__DispatchConcurrency"] = Concurrency.ToString(CultureInfo.InvariantCulture),
            ["Jobs__ClaimLease"] = "00:00:05",
            ["Jobs__ReplanInterval"] = "00:00:00.500",
            ["Jobs__DispatchPollInterval"] = "00:00:00.200",
        };

        // Voting deadlines one after another from 30 s on; every voting reminder (2 days before) is due at once and has
        // gone out before the first deadline, so the kill falls among the deadlines.
        var start = DateTimeOffset.UtcNow;
        world.Clock.SetUtcNow(start);
        var ids = new List<WerkstattId>();
        for (var i = 0; i < Werkstaetten; i++)
        {
            ids.Add((await world.PlanAsync(Phase.Voting, ClosingAt(start.AddSeconds(30 + (2 * i))))).Id);
        }

        var a = WorkerProcess.Start(environment);
        var b = WorkerProcess.Start(environment);
        try
        {
            var waited = Stopwatch.StartNew();
            while (await ClosedAsync(world) < 2)
            {
                Assert.True(waited.Elapsed < TimeSpan.FromSeconds(60), "No voting closed within 60 s:\n" + a.Log + b.Log);
                await Task.Delay(100);
            }

            a.KillHard();
            var killedAt = DateTimeOffset.UtcNow;
            output.WriteLine($"killed worker A after {waited.Elapsed.TotalSeconds:0.0} s with {await ClosedAsync(world)} votings closed");
            while ((await ClosedAsync(world) < Werkstaetten || Distinct(smtp) < Werkstaetten * 3) && waited.Elapsed < TimeSpan.FromSeconds(90))
            {
                await Task.Delay(200);
            }

            output.WriteLine($"all closed after {waited.Elapsed.TotalSeconds:0.0} s");
            Assert.True(await ClosedAsync(world) == Werkstaetten, "Not every voting closed:\n" + b.Log);

            await using var db = world.Database.NewContext();
            var runs = await db.Set<JobRun>().AsNoTracking().Where(r => r.JobGroup.StartsWith(JobPlanSync.GroupPrefix)).ToListAsync();
            foreach (var id in ids)
            {
                var reminders = runs.Count(r => r.JobGroup == JobPlanSync.GroupOf(id) && r.JobName == "Reminder.VotingCloses.2d" && r.Outcome == "Succeeded");
                Assert.True(reminders == 1, $"The reminder of {id} succeeded {reminders} times");

                // A deadline job killed mid-run is run again by the survivor, which then finds the voting closed ("Skipped").
                var deadlines = runs.Where(r => r.JobGroup == JobPlanSync.GroupOf(id) && r.JobName == "Deadline.VotingCloses").ToList();
                Assert.True(deadlines.Count(r => r.Outcome == "Succeeded") <= 1 && deadlines.Count <= 2, $"The deadline of {id} ran {deadlines.Count} times");
            }

            var instances = runs.Select(r => r.Instance).Distinct().Count();
            output.WriteLine($"{runs.Count} runs by {instances} instances; after the kill: {runs.Count(r => r.StartedAt > killedAt)}");
            Assert.Contains(runs, r => r.StartedAt > killedAt && r.JobName == "Deadline.VotingCloses");

            var outbox = await db.Set<OutboxMessage>().AsNoTracking().ToListAsync();
            Assert.Equal(Werkstaetten * 3, outbox.Count);
            var received = await smtp.WaitForAsync(Werkstaetten * 3, TimeSpan.FromSeconds(30));
            Assert.Equal(outbox.Select(m => m.MessageId).Order(), received.Select(m => m.MessageId).Distinct().Order());
            output.WriteLine($"{received.Count} mails for {outbox.Count} messages");
            Assert.InRange(received.Count - outbox.Count, 0, Concurrency);
        }
        finally
        {
            await a.DisposeAsync();
            await b.DisposeAsync();
            if (Directory.Exists(environment["Storage__DataDirectory"]))
            {
                Directory.Delete(environment["Storage__DataDirectory"], recursive: true);
            }
        }
    }

    private static Schedule ClosingAt(DateTimeOffset votingCloses)
    {
        var day1 = BerlinTime.DateOf(votingCloses).AddDays(60);
        return Schedule.Create(
            votingCloses.AddDays(-10), votingCloses, votingCloses.AddDays(7), votingCloses.AddDays(30), votingCloses.AddDays(40), votingCloses.AddDays(50),
            BerlinTime.ToUtc(day1, new TimeOnly(9, 0)), BerlinTime.ToUtc(day1, new TimeOnly(16, 0)), null, null, BerlinTime.ToUtc(day1.AddDays(20), new TimeOnly(23, 59)));
    }

    private static async Task<int> ClosedAsync(JobsWorld world)
    {
        await using var db = world.Database.NewContext();
        return await db.Werkstaetten.CountAsync(w => w.Phase == Phase.ProcessSelection);
    }

    private static int Distinct(SmtpSink smtp) => smtp.Messages().Select(m => m.MessageId).Distinct().Count();
}
