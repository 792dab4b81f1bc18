using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Werkstatt.Bench.Live;

/// <summary>
/// `-- live [URL] [updates]`: 30 participants' SignalR connections on loopback to a running demo app (dotnet run
/// --project src/Werkstatt.Web), one facilitator sending whole-model changes every 100 ms; latency from send to receipt
/// at each participant, p50/p99.
/// </summary>
public static class LiveBenchmark
{
    private const string Password = "Werkstatt-Demo-2026";
    private static readonly Stopwatch Clock = Stopwatch.StartNew();

    public static async Task<int> RunAsync(string[] args)
    {
        var baseUrl = new Uri(args.Length > 0 ? args[0] : "http://127.0.0.1:5080");
        var updates = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 200;
        const int participants = 30;

        var facilitatorCookies = await LogInAsync(baseUrl, "koordination@musterland.example");
        using var http = new HttpClient(new HttpClientHandler { CookieContainer = facilitatorCookies }) { BaseAddress = baseUrl };
        var me = await http.GetFromJsonAsync<JsonNode>("/api/v1/me");
        var werkstaetten = (await http.GetFromJsonAsync<JsonNode>($"/api/v1/networks/{me!["networkId"]}/werkstaetten"))!.AsArray();
        var werkstatt = werkstaetten.First(w => w!["phase"]!.GetValue<string>() == "QualityReview")!["id"]!.GetValue<Guid>();
        var process = (await http.GetFromJsonAsync<JsonNode>($"/api/v1/werkstaetten/{werkstatt}/processes"))!.AsArray()[0]!["id"]!.GetValue<Guid>();
        var soll = await http.GetFromJsonAsync<JsonNode>($"/api/v1/werkstaetten/{werkstatt}/processes/{process}/soll");
        var member = soll!["sources"]![0]!["memberId"]!.GetValue<Guid>();
        var xml = await http.GetStringAsync(new Uri($"/api/v1/werkstaetten/{werkstatt}/processes/{process}/soll/asis/{member}", UriKind.Relative));
        var query = $"werkstatt={werkstatt}";

        var latencies = new List<double>();
        var received = new CountdownEvent(participants * updates);
        var clients = new List<HubClient>();
        // Two logins shared by the 30 connections: the login rate limit would refuse 30 logins a minute from one address.
        CookieContainer[] logins = [await LogInAsync(baseUrl, "pm@stadt-musterstadt.example"), await LogInAsync(baseUrl, "pm@stadt-beispielburg.example")];
        for (var i = 0; i < participants; i++)
        {
            var cookies = logins[i % 2];
            var client = await HubClient.ConnectAsync(baseUrl, "/hubs/soll", query, cookies);
            client.Received += (target, arguments) =>
            {
                if (target != "Changed")
                {
                    return;
                }

                var latency = Clock.Elapsed.TotalMilliseconds - arguments[0]!["sentAt"]!.GetValue<double>();
                lock (latencies)
                {
                    latencies.Add(latency);
                }

                received.Signal();
            };
            await client.InvokeAsync("Join", werkstatt, process);
            clients.Add(client);
        }

        var facilitator = await HubClient.ConnectAsync(baseUrl, "/hubs/soll", query, facilitatorCookies);
        await facilitator.InvokeAsync("Join", werkstatt, process);
        Console.WriteLine($"{participants} participants connected; model {xml.Length / 1024} KB; {updates} updates every 100 ms");
        var started = Clock.Elapsed;
        for (var n = 0; n < updates; n++)
        {
            var next = started + TimeSpan.FromMilliseconds(100 * (n + 1));
            var changed = xml.Replace("</bpmn:definitions>", $"<!-- Änderung {n} --></bpmn:definitions>", StringComparison.Ordinal);
            await facilitator.InvokeAsync("Change", werkstatt, process, changed, Clock.Elapsed.TotalMilliseconds);
            var wait = next - Clock.Elapsed;
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait);
            }
        }

        var complete = received.Wait(TimeSpan.FromSeconds(30));
        double[] sorted;
        lock (latencies)
        {
            sorted = [.. latencies.Order()];
        }

        Console.WriteLine($"received {sorted.Length} of {participants * updates}{(complete ? string.Empty : " (timed out)")}");
        Console.WriteLine(FormattableString.Invariant($"latency ms: p50 {Percentile(sorted, 0.50):F1}, p90 {Percentile(sorted, 0.90):F1}, p99 {Percentile(sorted, 0.99):F1}, max {sorted[^1]:F1}"));
        await facilitator.DisposeAsync();
        foreach (var client in clients)
        {
            await client.DisposeAsync();
        }

        return complete && Percentile(sorted, 0.99) < 1000 ? 0 : 1;
    }

    private static double Percentile(double[] sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];

    private static async Task<CookieContainer> LogInAsync(Uri baseUrl, string email)
    {
        var cookies = new CookieContainer();
        using var http = new HttpClient(new HttpClientHandler { CookieContainer = cookies }) { BaseAddress = baseUrl };
        var response = await http.PostAsJsonAsync("/api/v1/auth/login", new { email, password = Password });
        response.EnsureSuccessStatusCode();
        return cookies;
    }
}
