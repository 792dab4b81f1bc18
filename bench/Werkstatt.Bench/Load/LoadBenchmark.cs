using System.Diagnostics;
using System.Globalization;
using Npgsql;
using Werkstatt.Tests.Shared.Cluster;

namespace Werkstatt.Bench.Load;

/// <summary>
/// The voting and claiming window of many networks against the production layout on loopback (PostgreSQL from
/// <c>./build.sh with-postgres</c>, 1 or 2 web instances in Release, the worker, nginx); see docs/benchmarks.md.
/// </summary>
public static class LoadBenchmark
{
    private const string Template = "werkstatt_load_template";

    public static async Task<int> RunAsync(LoadSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var server = Environment.GetEnvironmentVariable("WERKSTATT_TEST_POSTGRES");
        if (string.IsNullOrWhiteSpace(server) || !File.Exists(LocalCluster.Nginx))
        {
            await Console.Error.WriteLineAsync("load needs PostgreSQL and nginx: ./build.sh bench-load (see docs/benchmarks.md)");
            return 2;
        }

        Say($"load average before seeding: {LoadAverage()}");
        await ExecuteAsync(server, $"DROP DATABASE IF EXISTS {Template}");
        await ExecuteAsync(server, $"CREATE DATABASE {Template}");
        var template = new NpgsqlConnectionStringBuilder(server) { Database = Template }.ConnectionString;
        var plan = await LoadSeeder.SeedAsync(template, settings.Networks, settings.WarmupNetworks, settings.Members, Say);
        var clock = Stopwatch.StartNew();
        await CookieIssuer.IssueAsync(template, plan);
        Say($"{clock.Elapsed.TotalSeconds:0.0} s: {plan.AllMembers.Count()} login cookies issued");
        NpgsqlConnection.ClearAllPools();

        var failed = false;
        var rows = new List<string>();
        foreach (var instances in settings.Instances)
        {
            var name = $"werkstatt_load_{instances}";
            await ExecuteAsync(server, $"DROP DATABASE IF EXISTS {name}");
            await ExecuteAsync(server, $"CREATE DATABASE {name} TEMPLATE {Template}");
            var database = new NpgsqlConnectionStringBuilder(server) { Database = name, MaxPoolSize = 60 }.ConnectionString;
            var (row, ok) = await RunOnceAsync(settings, plan, database, instances);
            rows.Add(row);
            failed |= !ok;
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(server, $"DROP DATABASE IF EXISTS {name}");
        }

        await ExecuteAsync(server, $"DROP DATABASE IF EXISTS {Template}");
        Console.WriteLine();
        Console.WriteLine($"{DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, {settings.Networks} networks × {settings.Members} members (warm-up: {settings.WarmupNetworks} more networks), {settings.Clients} client connections, worker {(settings.Worker ? "on" : "off")}");
        Console.WriteLine("| instances | requests | window | req/s | p50 ms | p99 ms | errors | slot refusals (retried) | database check | /hallo req/s | Werkstatt page req/s | ratio | CPU ms per request (all processes) | load avg (1/5/15) |");
        Console.WriteLine("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        rows.ForEach(Console.WriteLine);
        return failed ? 1 : 0;
    }

    private static async Task<(string Row, bool Ok)> RunOnceAsync(LoadSettings settings, LoadPlan plan, string database, int instances)
    {
        var web = new Dictionary<string, string>(settings.WebEnvironment);
        var all = new Dictionary<string, string>();
        if (settings.Trace is not null)
        {
            // Every process's SQL (the worker's too), and the web instances' request lines to tell requests apart.
            all["Logging__LogLevel__Microsoft.EntityFrameworkCore.Database.Command"] = "Information";
            web["Logging__LogLevel__Microsoft.AspNetCore.Hosting.Diagnostics"] = "Information";
        }

        await using var cluster = await LocalCluster.StartAsync(database, instances, settings.Worker, all, web, progress: Say, nginxConnections: 4096);
        using var http = LoadClient.CreateHttp(cluster.BaseAddress, settings.Clients);

        var meter = await MeterAsync(cluster, database);
        var warmup = await WarmUpAsync(http, plan, settings.Clients);
        if (plan.Warmup.Count > 0)
        {
            await SettleAsync(meter);
        }

        var recorder = new LatencyRecorder();
        var members = plan.Members.OrderBy(_ => Random.Shared.Next()).ToArray();
        var before = LoadAverage();
        var cpuBefore = meter.Snapshot();
        Say(string.Create(CultureInfo.InvariantCulture, $"CPU before the window (since each process started): web {cpuBefore["web"]:0.0} s, worker {cpuBefore["worker"]:0.0} s"));
        var window = await VisitAllAsync(new LoadClient(http, recorder), members, settings.Clients);
        var (cpuText, cpuMs) = CpuMeter.PerRequest(cpuBefore, meter.Snapshot(), recorder.Count);
        var overall = recorder.Percentiles();
        Say($"{instances} instance(s): {recorder.Count} requests in {window.TotalSeconds:0.0} s = {recorder.Count / window.TotalSeconds:0} req/s, p50 {LatencyRecorder.Ms(overall.P50)} ms, p99 {LatencyRecorder.Ms(overall.P99)} ms, {recorder.Errors} errors, {recorder.Refused} slot refusals retried");
        foreach (var kind in recorder.Kinds)
        {
            var p = recorder.Percentiles(kind);
            Say($"    {kind,-22} {p.Count,7}  p50 {LatencyRecorder.Ms(p.P50),5} ms  p99 {LatencyRecorder.Ms(p.P99),5} ms");
        }

        Say($"    mixed: {cpuText}; on {Environment.ProcessorCount} idle cores at most {Environment.ProcessorCount * 1000 / cpuMs:0} req/s");

        foreach (var error in recorder.FirstErrors)
        {
            Say("    error: " + error);
        }

        var problems = await LoadVerifier.CheckAsync(database, plan);
        Say(problems.Count == 0 ? "    database: every ballot and claim present exactly once, no capacity or slot count exceeded" : $"    database: {problems.Count} problems, e.g. {string.Join("; ", problems.Take(5))}");
        var warmProblems = await LoadVerifier.CheckAsync(database, new LoadPlan(plan.Warmup));
        Say(warmProblems.Count == 0 ? "    database (warm-up networks): likewise" : $"    database (warm-up networks): {warmProblems.Count} problems, e.g. {string.Join("; ", warmProblems.Take(5))}");

        var ratio = new LoadClient(http, new LatencyRecorder());
        var duration = TimeSpan.FromSeconds(settings.RatioSeconds);
        var hello = await ratio.HammerAsync("hallo", _ => ("/hallo", null), duration, settings.Clients);
        var pageCpu = meter.Snapshot();
        var page = await ratio.HammerAsync("page", n => ($"/Werkstaetten/{members[n % members.Length].Network.VotingWerkstatt}", members[n % members.Length]), duration, settings.Clients);
        var (pageCpuText, _) = CpuMeter.PerRequest(pageCpu, meter.Snapshot(), (int)Math.Round(page * duration.TotalSeconds));
        Say($"    /hallo {hello:0} req/s, Werkstatt page {page:0} req/s: the page reaches {page / hello:P0} of /hallo");
        Say($"    Werkstatt page: {pageCpuText}");
        if (settings.Trace is not null)
        {
            await File.WriteAllTextAsync(settings.Trace, cluster.Log());
        }

        var row = string.Create(
            CultureInfo.InvariantCulture,
            $"| {instances} | {recorder.Count} | {window.TotalSeconds:0.0} s | {recorder.Count / window.TotalSeconds:0} | {LatencyRecorder.Ms(overall.P50)} | {LatencyRecorder.Ms(overall.P99)} | {recorder.Errors} | {recorder.Refused} | {(problems.Count == 0 ? "ok" : $"{problems.Count} problems")} | {hello:0} | {page:0} | {page / hello:0.00} | {cpuMs:0.00} | {before} → {LoadAverage()} |");
        return (row, recorder.Errors == 0 && problems.Count == 0 && warmup.Errors == 0 && warmProblems.Count == 0);
    }

    // Warm-up, so the window meets a server in its steady state (a production server runs for days): every member of the
    // warm-up networks makes the window's whole visit (the same 8 kinds, writes included) with the same connections –
    // JIT tiering, EF query caches, connection pools, the actor cache. Without warm-up networks (--warmup-networks 0)
    // the old read-only 8 s, so the window's writes stay first.
    private static async Task<LatencyRecorder> WarmUpAsync(HttpClient http, LoadPlan plan, int clients)
    {
        var recorder = new LatencyRecorder();
        var warm = new LoadClient(http, recorder);
        if (plan.Warmup.Count == 0)
        {
            var some = plan.Members.Take(200).ToList();
            await warm.HammerAsync("warm", n => (ReadPaths[n % ReadPaths.Length](some[n % some.Count]), some[n % some.Count]), TimeSpan.FromSeconds(8), clients);
            Say($"warm-up (read-only, 8 s): {recorder.Count} requests, {recorder.Errors} errors");
            return recorder;
        }

        var members = plan.Warmup.SelectMany(n => n.Members).OrderBy(_ => Random.Shared.Next()).ToArray();
        var took = await VisitAllAsync(warm, members, clients);
        Say($"warm-up ({plan.Warmup.Count} networks, whole visits): {recorder.Count} requests in {took.TotalSeconds:0.0} s, {recorder.Errors} errors, {recorder.Refused} slot refusals retried");
        foreach (var error in recorder.FirstErrors)
        {
            Say("    warm-up error: " + error);
        }

        return recorder;
    }

    // Steady state: a worker just started first plans every Werkstatt, runs the reminders already due (the seeded voting
    // closes in two hours) and sends their mails, and JIT-compiles all that; the web instances finish compiling what the
    // warm-up made hot in the background. In production that happens once after a deployment, not per request. Wait
    // until the web instances and the worker are quiet (each < 5 % of a core for 2 s in a row, at most 90 s).
    private static async Task SettleAsync(CpuMeter meter)
    {
        var clock = Stopwatch.StartNew();
        string[] parts = ["web", "worker"];
        var last = meter.Snapshot();
        for (var quiet = 0; quiet < 2 && clock.Elapsed < TimeSpan.FromSeconds(90);)
        {
            await Task.Delay(TimeSpan.FromSeconds(1));
            var now = meter.Snapshot();
            quiet = parts.All(p => now[p] - last[p] < 0.05) ? quiet + 1 : 0;
            last = now;
        }

        Say($"web and worker quiet after another {clock.Elapsed.TotalSeconds:0} s");
    }

    // Every member's visit once, by `clients` concurrent loops taking the next member.
    private static async Task<TimeSpan> VisitAllAsync(LoadClient client, LoadMember[] members, int clients)
    {
        var next = -1;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async _ =>
        {
            for (var i = Interlocked.Increment(ref next); i < members.Length; i = Interlocked.Increment(ref next))
            {
                await client.VisitAsync(members[i]);
            }
        }));
        return clock.Elapsed;
    }

    private static readonly Func<LoadMember, string>[] ReadPaths =
    [
        m => "/",
        m => $"/Werkstaetten/{m.Network.VotingWerkstatt}",
        m => $"/Werkstaetten/{m.Network.VotingWerkstatt}/Abstimmung",
        m => $"/Werkstaetten/{m.Network.AssignmentWerkstatt}/Zuteilung",
        m => $"/api/v1/werkstaetten/{m.Network.AssignmentWerkstatt}/members/{m.MemberId}/offer",
        m => $"/api/v1/werkstaetten/{m.Network.VotingWerkstatt}/members/{m.MemberId}/ballot",
    ];

    private static async Task<CpuMeter> MeterAsync(LocalCluster cluster, string database)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SHOW data_directory", connection);
        var dataDirectory = (string)(await command.ExecuteScalarAsync())!;
        IReadOnlyList<int> Named(Func<string, bool> match) => cluster.Processes.Where(p => match(p.Name)).Select(p => p.Id).ToList();
        return new CpuMeter(new Dictionary<string, IReadOnlyList<int>>
        {
            ["web"] = Named(n => n.StartsWith("web ", StringComparison.Ordinal)),
            ["worker"] = Named(n => n == "worker"),
            ["nginx"] = Named(n => n == "nginx"),
            ["postgres"] = [CpuMeter.PostmasterOf(dataDirectory)],
        });
    }

    private static string LoadAverage() => string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3));

    private static void Say(string line) => Console.WriteLine($"[{DateTime.UtcNow:HH:mm:ss}] {line}");

    private static async Task ExecuteAsync(string server, string sql)
    {
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
