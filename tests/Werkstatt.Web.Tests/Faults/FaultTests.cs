using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Staffing;
using Werkstatt.Domain.Voting;
using Werkstatt.Service.Common;
using Werkstatt.Service.Dossiers;
using Werkstatt.Service.Dossiers.Storage;
using Werkstatt.Service.Jobs;
using Werkstatt.Service.Notifications;
using Werkstatt.Service.Werkstaetten;
using Werkstatt.Tests.Shared;
using Werkstatt.Tests.Shared.Cluster;
using Werkstatt.Web.Tests.Cluster;
using Werkstatt.Web.Tests.Support;

namespace Werkstatt.Web.Tests.Faults;

/// <summary>
/// Faults on the production layout (<see cref="FaultCluster"/>): PostgreSQL restarted under a claim burst, a full disk
/// under the dossier build, the worker killed in the middle of one. docs/operations.md ("Faults") describes what an
/// operator sees.
/// </summary>
[Collection(ClusterProcessTests.Name)]
public sealed partial class FaultTests(FaultCluster f, ITestOutputHelper output) : IClassFixture<FaultCluster>
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task A_PostgreSQL_restart_during_a_claim_burst_fails_requests_clearly_or_not_at_all_and_the_jobs_resume()
    {
        f.SkipUnlessRunning();
        var clock = Stopwatch.StartNew();
        Guid assignment;
        IReadOnlyList<Guid> processes;
        List<(Guid Member, string Email)> managers;
        Guid voting;
        List<Guid> topics;
        await using (var db = f.NewContext())
        {
            (assignment, processes) = await FaultSeed.AssignmentAsync(db);
            voting = (await db.Werkstaetten.AsNoTracking().SingleAsync(w => w.Phase == Phase.Voting)).Id.Value;
            topics = (await db.Set<Topic>().AsNoTracking().Where(t => t.WerkstattId == new WerkstattId(voting)).ToListAsync()).Select(t => t.Id.Value).Order().ToList();
            var people = (await db.People.AsNoTracking().ToListAsync()).Where(p => p.MemberId is not null).ToDictionary(p => p.Id.Value, p => p.MemberId!.Value.Value);
            managers = (await db.Users.AsNoTracking().Where(u => u.PersonId != null).ToListAsync())
                .Where(u => people.ContainsKey(u.PersonId!.Value)).Select(u => (people[u.PersonId!.Value], u.Email!)).OrderBy(m => m.Item2, StringComparer.Ordinal).ToList();
        }

        const int Rounds = 16;
        var done = 0;
        var restartAt = managers.Count * Rounds / 10;
        var restarted = new TaskCompletionSource();
        var clients = new List<BurstClient>();
        foreach (var (member, email) in managers)
        {
            var http = await LoginAsync(email);
            clients.Add(new BurstClient(http, member, voting, assignment, () =>
            {
                if (Interlocked.Increment(ref done) == restartAt)
                {
                    restarted.TrySetResult();
                }
            }));
        }

        // The vote closes by itself during or after the burst: the worker plans that job now, before the restart.
        var deadline = await MoveVotingDeadlineAsync(voting, DateTimeOffset.UtcNow.AddSeconds(30));
        await WaitForAsync(async () => await PlannedAtAsync(voting) is { } planned && Math.Abs((planned - deadline).TotalSeconds) < 1);
        output.WriteLine($"{clock.Elapsed.TotalSeconds:0.0} s: {clients.Count} process managers logged in, the vote closes at {deadline:HH:mm:ss}");
        var burst = clients.Select((c, i) => Task.Run(async () =>
        {
            for (var round = 0; round < Rounds; round++)
            {
                await c.VoteAsync(new Dictionary<Guid, int> { [topics[(i + round) % topics.Count]] = 2, [topics[(i + round + 1) % topics.Count]] = 1 });
                await c.PageAsync($"/Werkstaetten/{assignment}/Zuteilung");
                if (round is 5 or 10)
                {
                    await c.ClaimAsync(processes[(i + (round == 5 ? 0 : 3)) % processes.Count]);
                }
            }
        })).ToList();
        await restarted.Task.WaitAsync(Limit);
        var restart = Stopwatch.StartNew();
        var restartedAt = DateTimeOffset.UtcNow;
        await f.Postgres.RestartAsync();
        var backAt = DateTimeOffset.UtcNow;
        output.WriteLine($"{clock.Elapsed.TotalSeconds:0.0} s: PostgreSQL restarted (pg_ctl restart -m fast, {restart.Elapsed.TotalSeconds:0.0} s) after {restartAt} requests");
        await Task.WhenAll(burst).WaitAsync(Limit);
        var unavailable = clients.Sum(c => c.Unavailable);
        output.WriteLine($"{clock.Elapsed.TotalSeconds:0.0} s: burst done, {done} requests, {unavailable} answered 503 (database unavailable), {clients.Sum(c => c.BallotsStored)} ballots stored");

        // Every answer was 200, 409 or the German 503; never a 500, an HTML error for the API, nginx's 502 or a reset.
        var failures = clients.SelectMany(c => c.Failures).ToList();
        Assert.True(failures.Count == 0, $"{failures.Count} bad answers (restart at {restartedAt:HH:mm:ss.fff}):\n{string.Join("\n", failures.Take(10))}\n{Tail(f.Cluster.Log(), 8000)}");
        Assert.True(unavailable > 0, "no request met the restart: the test did not test anything");
        Assert.True(clients.Sum(c => c.BallotsStored) > clients.Count, $"only {clients.Sum(c => c.BallotsStored)} ballots were stored: the burst hardly voted");

        // What each client was told is exactly what is stored: no claim or ballot lost, none twice, no capacity exceeded.
        NpgsqlConnection.ClearAllPools();
        await using (var db = f.NewContext())
        {
            var offers = await db.Set<MemberOffer>().AsNoTracking().Where(o => o.WerkstattId == new WerkstattId(assignment)).ToListAsync();
            var ballots = await db.Set<Ballot>().AsNoTracking().Where(b => b.WerkstattId == new WerkstattId(voting)).ToListAsync();
            foreach (var client in clients)
            {
                var offer = Assert.Single(offers, o => o.MemberId.Value == client.MemberId);
                Assert.Equal(client.Claimed.Order(), offer.Claims.Select(c => c.ProcessId.Value).Order());
                Assert.Empty(client.Refused.Intersect(offer.Claims.Select(c => c.ProcessId.Value)));
                Assert.True(offer.Claims.Count <= offer.Capacity);
                var ballot = ballots.Where(b => b.MemberId.Value == client.MemberId).ToList();
                Assert.True(ballot.Count <= 1);
                Assert.Equal(client.Ballot.OrderBy(d => d.Key), ballot.SelectMany(b => b.Dots).Where(d => d.Dots > 0).Select(d => KeyValuePair.Create(d.TopicId.Value, d.Dots)).OrderBy(d => d.Key));
            }

            foreach (var claims in offers.SelectMany(o => o.Claims).GroupBy(c => c.ProcessId))
            {
                Assert.InRange(claims.Count(), 1, FaultSeed.ModellersPerProcess);
                Assert.Equal(claims.Count(), claims.Select(c => c.Slot).Distinct().Count());
            }

            Assert.Equal(clients.Sum(c => c.Claimed.Count), offers.Sum(o => o.Claims.Count));
            output.WriteLine($"claims stored: {offers.Sum(o => o.Claims.Count)} of {FaultSeed.Processes * FaultSeed.ModellersPerProcess} slots, {clients.Sum(c => c.Refused.Count)} refused");
        }

        // The jobs resume: the vote closes at its deadline, once.
        output.WriteLine(backAt < deadline ? "the deadline came after the restart" : "the restart outlasted the deadline (slow machine): the job fired after its misfire");
        await WaitForAsync(async () =>
        {
            await using var db = f.NewContext();
            return await db.Werkstaetten.AsNoTracking().AnyAsync(w => w.Id == new WerkstattId(voting) && w.Phase == Phase.ProcessSelection);
        });
        output.WriteLine($"{clock.Elapsed.TotalSeconds:0.0} s: the worker closed the vote");
        await using (var db = f.NewContext())
        {
            var runs = await db.Set<JobRun>().AsNoTracking().Where(r => r.JobGroup == JobPlanSync.GroupOf(new WerkstattId(voting)) && r.JobName == "Deadline.VotingCloses").ToListAsync();
            Assert.Equal("Succeeded", Assert.Single(runs).Outcome);
            var werkstatt = await db.Werkstaetten.AsNoTracking().SingleAsync(w => w.Id == new WerkstattId(voting));
            Assert.Single(werkstatt.History, h => h.To == Phase.ProcessSelection);
        }
    }

    [Fact]
    public async Task A_full_disk_fails_the_dossier_build_visibly_and_it_is_built_once_space_is_back()
    {
        f.SkipUnlessRunning();
        Guid id;
        await using (var db = f.NewContext())
        {
            id = await FaultSeed.QualityReviewAsync(db, "Prozesswerkstatt Volle Platte");
        }

        var directory = Path.Combine(f.Cluster.Prefix, "data", "dossiers", id.ToString("N"));
        Directory.CreateDirectory(directory);
        if (!await MountAsync("-t", "tmpfs", "-o", "size=8k,mode=0755", "tmpfs", directory))
        {
            Assert.Skip("cannot mount a tmpfs here (needs root with CAP_SYS_ADMIN); the service test DossierFaultTests covers a failing write");
        }

        try
        {
            using var coordinator = await LoginAsync(WerkstattWebFactory.Coordinator);
            using (var released = await coordinator.PostAsync(new Uri($"/api/v1/werkstaetten/{id}/dossier/release", UriKind.Relative), null))
            {
                Assert.Equal(HttpStatusCode.Accepted, released.StatusCode);
            }

            // The build fails on the full disk, says so in German and tries again (RetryDelay: 1 s here).
            await WaitForAsync(async () => (await RequestAsync(id)) is { LastError: not null, Attempts: >= 2 });
            var failed = (await RequestAsync(id))!;
            Assert.Null(failed.CompletedAt);
            Assert.Contains("konnten nicht gespeichert werden", failed.LastError, StringComparison.Ordinal);
            Assert.Contains("Nächster Versuch", failed.LastError, StringComparison.Ordinal);
            Assert.Empty(Directory.GetFiles(directory));
            await using (var db = f.NewContext())
            {
                Assert.False(await db.Set<Dossier>().AnyAsync(d => d.WerkstattId == id));
            }

            var view = await coordinator.GetJsonAsync($"/api/v1/werkstaetten/{id}/dossier");
            Assert.Contains("Dateiverzeichnis ist voll", view["buildProblem"]!.GetValue<string>(), StringComparison.Ordinal);
            Assert.Contains("Dateiverzeichnis ist voll", PageClient.Text(await coordinator.GetHtmlAsync($"/Werkstaetten/{id}/Vorabunterlagen")), StringComparison.Ordinal);
            Assert.Contains("Dossier build", f.Cluster.Worker!.Log, StringComparison.Ordinal);

            // Space again: the next attempt builds version 1, once.
            Assert.True(await MountAsync("-o", "remount,size=16m", directory), "remount failed");
            var dossier = await WaitForDossierAsync(id);
            Assert.Equal(1, dossier.Number);
            var request = (await RequestAsync(id))!;
            Assert.NotNull(request.CompletedAt);
            Assert.Null(request.LastError);
            var file = Assert.Single(Directory.GetFiles(directory));
            Assert.Equal(dossier.Sha256, Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(file))));
            Assert.Null((await coordinator.GetJsonAsync($"/api/v1/werkstaetten/{id}/dossier"))["buildProblem"]);
        }
        finally
        {
            await RunAsync("umount", "-l", directory);
        }
    }

    [Fact]
    public async Task A_worker_killed_in_the_middle_of_a_dossier_build_leaves_one_version_built_by_its_successor()
    {
        f.SkipUnlessRunning();
        Guid id;
        await using (var db = f.NewContext())
        {
            id = await FaultSeed.QualityReviewAsync(db, "Prozesswerkstatt Harter Abbruch");
        }

        using var coordinator = await LoginAsync(WerkstattWebFactory.Coordinator);
        var killed = f.Cluster.Worker!;
        await using (var blocker = new NpgsqlConnection(f.Database.ConnectionString))
        {
            // Hold the build at its last step: it has claimed the request and written the PDF, its INSERT waits for us.
            await blocker.OpenAsync();
            await using var transaction = await blocker.BeginTransactionAsync();
            await using (var lockTable = new NpgsqlCommand("LOCK TABLE dossiers IN SHARE MODE", blocker, transaction))
            {
                await lockTable.ExecuteNonQueryAsync();
            }

            using (var released = await coordinator.PostAsync(new Uri($"/api/v1/werkstaetten/{id}/dossier/release", UriKind.Relative), null))
            {
                Assert.Equal(HttpStatusCode.Accepted, released.StatusCode);
            }

            await WaitForAsync(async () =>
            {
                await using var waiting = new NpgsqlCommand("SELECT count(*) FROM pg_locks WHERE relation = 'dossiers'::regclass AND NOT granted", blocker, transaction);
                return (long)(await waiting.ExecuteScalarAsync())! > 0;
            });
            await killed.KillAsync();
            output.WriteLine("worker killed (SIGKILL) while its build waited to store version 1");
            await transaction.RollbackAsync();
        }

        var claim = (await RequestAsync(id))!;
        Assert.Null(claim.CompletedAt);
        Assert.NotNull(claim.ClaimedBy);
        var successor = f.Cluster.StartWorker();
        var dossier = await WaitForDossierAsync(id);

        await using (var db = f.NewContext())
        {
            Assert.Equal(1, Assert.Single(await db.Set<Dossier>().AsNoTracking().Where(d => d.WerkstattId == id).ToListAsync()).Number);
            var request = Assert.Single(await db.Set<DossierRequest>().AsNoTracking().Where(r => r.WerkstattId == id).ToListAsync());
            Assert.Equal(dossier.Id, request.DossierId);
            Assert.NotEqual(claim.ClaimedBy, request.ClaimedBy);
            Assert.Equal(2, request.Attempts);
            var mails = await db.Set<OutboxMessage>().AsNoTracking().Where(m => m.WerkstattId == id && m.Reason == DossierBuilder.MailReason).ToListAsync();
            Assert.NotEmpty(mails);
            Assert.Equal(mails.Count, mails.Select(m => m.ToAddress).Distinct(StringComparer.Ordinal).Count());
        }

        // The killed build's PDF is gone; the one left is the version's.
        var file = Assert.Single(Directory.GetFiles(Path.Combine(f.Cluster.Prefix, "data", "dossiers", id.ToString("N"))));
        Assert.Equal(dossier.Sha256, Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(file))));
        Assert.Contains("taking it over", successor.Log, StringComparison.Ordinal);
    }

    private static string Tail(string text, int length) => text.Length <= length ? text : text[^length..];

    private async Task<HttpClient> LoginAsync(string email)
    {
        var http = new HttpClient(new SocketsHttpHandler { UseCookies = true, CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
        {
            BaseAddress = f.Cluster.BaseAddress,
            Timeout = TimeSpan.FromSeconds(30),
        };
        using var response = await http.PostAsJsonAsync("/api/v1/auth/login", new { email, password = WerkstattWebFactory.DemoPassword });
        Assert.True(response.StatusCode == HttpStatusCode.NoContent, $"login {email}: {(int)response.StatusCode}");
        return http;
    }

    private async Task<DateTimeOffset> MoveVotingDeadlineAsync(Guid voting, DateTimeOffset deadline)
    {
        await using var services = await TestServices.CreateAsync(f.Database, new ManualTimeProvider(DateTimeOffset.UtcNow));
        await using var scope = services.CreateAsyncScope();
        var werkstaetten = scope.ServiceProvider.GetRequiredService<WerkstattService>();
        var current = (await werkstaetten.GetAsync(Actor.System, new WerkstattId(voting))).Value!.Werkstatt;
        var moved = await werkstaetten.UpdateAsync(Actor.System, current.Id, new UpdateWerkstatt(
            current.Title, ScheduleInput.From(current.Schedule) with { VotingCloses = deadline }, WorkshopFormat.Online, "https://meet.example/abstimmung", null, current.Version));
        Assert.True(moved.IsSuccess, moved.Error?.Message);
        return moved.Value!.Werkstatt.Schedule.VotingCloses;
    }

    private async Task<DateTimeOffset?> PlannedAtAsync(Guid voting)
    {
        await using var connection = new NpgsqlConnection(f.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT next_fire_time FROM qrtz_triggers WHERE trigger_group = @g AND job_name = 'Deadline.VotingCloses'", connection);
        command.Parameters.AddWithValue("g", JobPlanSync.GroupOf(new WerkstattId(voting)));
        return await command.ExecuteScalarAsync() is long ticks ? new DateTimeOffset(ticks, TimeSpan.Zero) : null;
    }

    private async Task<DossierRequest?> RequestAsync(Guid id)
    {
        await using var db = f.NewContext();
        return await db.Set<DossierRequest>().AsNoTracking().SingleOrDefaultAsync(r => r.WerkstattId == id);
    }

    private async Task<Dossier> WaitForDossierAsync(Guid id)
    {
        Dossier? dossier = null;
        await WaitForAsync(async () =>
        {
            await using var db = f.NewContext();
            dossier = await db.Set<Dossier>().AsNoTracking().FirstOrDefaultAsync(d => d.WerkstattId == id);
            return dossier is not null;
        });
        return dossier!;
    }

    private Task WaitForAsync(Func<Task<bool>> condition) => LocalCluster.WaitUntilAsync(condition, Limit, f.Cluster.Log);

    private static Task<bool> MountAsync(params string[] arguments) => RunAsync("mount", arguments);

    private static async Task<bool> RunAsync(string command, params string[] arguments)
    {
        var start = new ProcessStartInfo(command) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        await process.WaitForExitAsync();
        return process.ExitCode == 0;
    }
}
