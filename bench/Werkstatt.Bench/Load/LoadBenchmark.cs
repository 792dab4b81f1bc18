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
        var plan = await LoadSeeder.SeedAsync(template, settings.Networks, settings.Members, Say);
        var clock = Stopwatch.StartNew();
        await CookieIssuer.IssueAsync(template, plan);
        Say($"{clock.Elapsed.TotalSeconds:0.0} s: {plan.Members.Count()} login cookies issued");
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
        Console.WriteLine($"{DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, {settings.Networks} networks × {settings.Members} members, {settings.Clients} client connections, worker {(settings.Worker ? "on" : "off")}");
        Console.WriteLine("| instances | requests | window | req/s | p50 ms | p99 ms | errors | slot refusals (retried) | database check | /hallo req/s | Werkstatt page req/s | ratio | CPU ms per request (all processes) | load avg (1/5/15) |");
        Console.WriteLine("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        rows.ForEach(Console.WriteLine);
        return failed ? 1 : 0;
    }

    private static async Task<(string Row, bool Ok)> RunOnceAsync(LoadSettings settings, LoadPlan plan, string database, int instances)
    {
        var web = new Dictionary<string, string>(settings.WebEnvironment);
        if (settings.Trace is not null)
        {
            web["Logging__LogLevel__Microsoft.EntityFrameworkCore.Database.Command"] = "Information";
            web["Logging__LogLevel__Microsoft.AspNetCore.Hosting.Diagnostics"] = "Information";
        }

        await using var cluster = await LocalCluster.StartAsync(database, instances, settings.Worker, webSettings: web, progress: Say, nginxConnections: 4096);
        using var http = LoadClient.CreateHttp(cluster.BaseAddress, settings.Clients);

        // Warm-up: JIT, EF model and query caches, connection pools; reads only, so the window's writes stay first.
        var warm = new LoadClient(http, new LatencyRecorder());
        var some = plan.Members.Take(200).ToList();
        await warm.HammerAsync("warm", n => (WarmPaths[n % WarmPaths.Length](some[n % some.Count]), some[n % some.Count]), TimeSpan.FromSeconds(8), settings.Clients);

        var meter = await MeterAsync(cluster, database);
        var recorder = new LatencyRecorder();
        var client = new LoadClient(http, recorder);
        var members = plan.Members.OrderBy(_ => Random.Shared.Next()).ToArray();
        var next = -1;
        var before = LoadAverage();
        var cpuBefore = meter.Snapshot();
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, settings.Clients).Select(async _ =>
        {
            for (var i = Interlocked.Increment(ref next); i < members.Length; i = Interlocked.Increment(ref next))
            {
                await client.VisitAsync(members[i]);
            }
        }));
        var window = clock.Elapsed;
        var (cpuText, cpuMs) = CpuMeter.PerRequest(cpuBefore, meter.Snapshot(), recorder.Count);
        var all = recorder.Percentiles();
        Say($"{instances} instance(s): {recorder.Count} requests in {window.TotalSeconds:0.0} s = {recorder.Count / window.TotalSeconds:0} req/s, p50 {LatencyRecorder.Ms(all.P50)} ms, p99 {LatencyRecorder.Ms(all.P99)} ms, {recorder.Errors} errors, {recorder.Refused} slot refusals retried");
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
            $"| {instances} | {recorder.Count} | {window.TotalSeconds:0.0} s | {recorder.Count / window.TotalSeconds:0} | {LatencyRecorder.Ms(all.P50)} | {LatencyRecorder.Ms(all.P99)} | {recorder.Errors} | {recorder.Refused} | {(problems.Count == 0 ? "ok" : $"{problems.Count} problems")} | {hello:0} | {page:0} | {page / hello:0.00} | {cpuMs:0.00} | {before} → {LoadAverage()} |");
        return (row, recorder.Errors == 0 && problems.Count == 0);
    }

    private static readonly Func<LoadMember, string>[] WarmPaths =
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
