using System.Diagnostics;
using System.Globalization;
using Werkstatt.Service.Notifications;
using Werkstatt.Service.Persistence;
using Werkstatt.Service.Tests.Mail;
using Werkstatt.Tests.Shared;

namespace Werkstatt.Service.Tests.Jobs;

/// <summary>kill -9 of a worker while it dispatches loses no message and repeats at most the ones in flight.</summary>
[Collection(WorkerProcessTests.Name)]
public sealed class CrashTests(ITestOutputHelper output)
{
    private const int Messages = 1000;
    private const int Concurrency = 8;

    [Fact]
    public async Task After_a_kill_while_dispatching_and_a_restart_all_1000_reminders_arrive_with_duplicates_only_from_the_flight()
    {
        await using var smtp = await SmtpSink.StartAsync();
        await using var world = await JobsWorld.CreateAsync(SqliteWerkstattDbContext.Name, managers: 1);
        var rows = await OutboxFill.AddAsync(world.Services, world.Network.Id.Value, Messages);
        var dataDirectory = Path.Combine(Path.GetTempPath(), $"werkstatt-crash-{Guid.NewGuid():N}");
        var environment = new Dictionary<string, string>
        {
            ["Database__Provider"] = "sqlite",
            ["ConnectionStrings__Werkstatt"] = world.Database.ConnectionString,
            ["Storage__DataDirectory"] = dataDirectory,
            ["Mail__Smtp__Host"] = "127.0.0.1",
            ["Mail__Smtp__Port"] = smtp.Port.ToString(CultureInfo.InvariantCulture),
            ["Mail__Smtp__StartTls"] = "false",
            ["Jobs__DispatchConcurrency"] = Concurrency.ToString(CultureInfo.InvariantCulture),
            ["Jobs__ClaimLease"] = "00:00:03",
            ["Jobs__DispatchPollInterval"] = "00:00:00.200",
        };
        try
        {
            int atKill;
            await using (var first = WorkerProcess.Start(environment))
            {
                var waited = Stopwatch.StartNew();
                while ((atKill = smtp.Messages().Count) < Messages / 10)
                {
                    Assert.True(waited.Elapsed < TimeSpan.FromSeconds(60), "The worker sent too little within 60 s:\n" + first.Log);
                    await Task.Delay(20);
                }

                first.KillHard();
            }

            output.WriteLine($"killed after {atKill} messages");
            Assert.InRange(atKill, Messages / 10, Messages - 1);
            await using (var second = WorkerProcess.Start(environment))
            {
                var waited = Stopwatch.StartNew();
                while (Distinct(smtp.Messages()) < Messages && waited.Elapsed < TimeSpan.FromSeconds(90))
                {
                    await Task.Delay(200);
                }

                var received = smtp.Messages();
                output.WriteLine($"restart: all {Messages} after {waited.Elapsed.TotalSeconds:0.0} s, {received.Count - Messages} duplicates");
                Assert.True(Distinct(received) == Messages, $"{Distinct(received)} of {Messages} arrived.\n" + second.Log);
                Assert.Equal(rows.Select(r => r.MessageId).Order(), received.Select(r => r.MessageId).Distinct().Order());
                Assert.InRange(received.Count - Messages, 0, Concurrency);
            }

            Assert.All(await world.OutboxAsync(), m => Assert.Equal(OutboxStatus.Sent, m.Status));
        }
        finally
        {
            if (Directory.Exists(dataDirectory))
            {
                Directory.Delete(dataDirectory, recursive: true);
            }
        }
    }

    private static int Distinct(IReadOnlyList<ReceivedMail> messages) => messages.Select(m => m.MessageId).Distinct().Count();
}
