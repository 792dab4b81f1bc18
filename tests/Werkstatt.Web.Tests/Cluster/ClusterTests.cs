using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Werkstatt.Domain.Cycle;
using Werkstatt.Service.Audit;
using Werkstatt.Service.Jobs;
using Werkstatt.Service.Persistence;
using Werkstatt.Tests.Shared;
using Werkstatt.Web.Tests.Support;

namespace Werkstatt.Web.Tests.Cluster;

/// <summary>
/// The production layout on loopback: PostgreSQL, two web instances, one worker, nginx rendered from
/// docs/deploy/nginx.conf. A coordinator logs in through nginx and moves a Werkstatt with forms whose GET and POST
/// land on different instances; the worker closes the demo vote at its deadline exactly once.
/// </summary>
[Collection(ClusterProcessTests.Name)]
public sealed partial class ClusterTests(ITestOutputHelper output)
{
    private const string Nginx = "/usr/sbin/nginx";

    [Fact]
    public async Task Two_instances_behind_nginx_share_logins_and_forms_and_the_worker_fires_the_deadline_once()
    {
        if (!File.Exists(Nginx))
        {
            Assert.False(string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase), "CI=true but nginx is not installed (build.sh SYSTEM_PACKAGES)");
            Assert.Skip("nginx is not installed; run ./build.sh test");
        }

        await using var database = await TestDatabase.CreateAsync(PostgresWerkstattDbContext.Name);
        var started = Stopwatch.StartNew();

        // The demo's vote ends two minutes after seeding; seeded 85 s in the past, it ends 35 s from now.
        await using (var seeded = await TestServices.CreateAsync(database, new ManualTimeProvider(DateTimeOffset.UtcNow.AddSeconds(-85)), demo: true))
        {
        }

        NpgsqlConnection.ClearAllPools();
        var prefix = Directory.CreateTempSubdirectory("werkstatt-cluster-").FullName;
        var (web1, web2, listen) = (ChildProcess.FreePort(), ChildProcess.FreePort(), ChildProcess.FreePort());
        var shared = new Dictionary<string, string>
        {
            ["Database__Provider"] = "postgres",
            ["ConnectionStrings__Werkstatt"] = database.ConnectionString,
            ["Storage__DataDirectory"] = Path.Combine(prefix, "data"),
            ["Demo__Enabled"] = "false",
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Logging__LogLevel__Default"] = "Warning",
            ["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information",
            ["Jobs__ClusterCheckinInterval"] = "00:00:02",
            ["Jobs__ReplanInterval"] = "00:00:00.500",
        };
        var processes = new List<ChildProcess>();
        try
        {
            processes.Add(ChildProcess.Start("worker", "dotnet", [NginxConfig.BuiltDll("Werkstatt.Service"), "worker"], shared));
            foreach (var port in new[] { web1, web2 })
            {
                var web = new Dictionary<string, string>(shared)
                {
                    ["Urls"] = $"http://127.0.0.1:{port}",
                    ["Jobs__RunInWeb"] = "false",
                    ["Proxy__TrustedProxies__0"] = "127.0.0.1",
                };
                processes.Add(ChildProcess.Start($"web {port}", "dotnet", [NginxConfig.BuiltDll("Werkstatt.Web")], web, Path.GetDirectoryName(NginxConfig.BuiltDll("Werkstatt.Web"))));
            }

            // Each instance ready on its own first, so nginx does not mark a still-starting one as failed.
            using (var direct = new HttpClient { Timeout = TimeSpan.FromSeconds(5) })
            {
                foreach (var port in new[] { web1, web2 })
                {
                    await WaitUntilAsync(
                        async () =>
                        {
                            try
                            {
                                using var response = await direct.GetAsync(new Uri($"http://127.0.0.1:{port}/healthz"));
                                return response.StatusCode == HttpStatusCode.OK;
                            }
                            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
                            {
                                return false;
                            }
                        },
                        TimeSpan.FromSeconds(120),
                        () => string.Join("\n", processes.Select(p => p.Log)));
                }
            }

            output.WriteLine($"{started.Elapsed.TotalSeconds:0.0} s: both instances healthy");
            var config = Path.Combine(prefix, "nginx.conf");
            await File.WriteAllTextAsync(config, NginxConfig.Render(prefix, listen, web1, web2));
            string[] nginxArgs = ["-p", prefix + "/", "-c", config, "-g", $"daemon off; pid {prefix}/nginx.pid; error_log {prefix}/error.log;"];
            var check = ChildProcess.Start("nginx -t", Nginx, ["-t", .. nginxArgs]);
            await using (check)
            {
                await WaitUntilAsync(() => Task.FromResult(check.HasExited), TimeSpan.FromSeconds(10), () => check.Log);
                Assert.Contains("test is successful", check.Log, StringComparison.Ordinal);
            }

            processes.Add(ChildProcess.Start("nginx", Nginx, nginxArgs));
            using var handler = new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() };
            using var client = new HttpClient(handler) { BaseAddress = new Uri($"http://127.0.0.1:{listen}") };
            var last = string.Empty;
            var log = () => string.Join("\n", processes.Select(p => p.Log)) + "\nlast: " + last + "\nnginx: " + (File.Exists(Path.Combine(prefix, "error.log")) ? File.ReadAllText(Path.Combine(prefix, "error.log")) : "-");

            // Both instances answer through nginx (round robin), each with its database ready.
            var healthy = new HashSet<string>(StringComparer.Ordinal);
            await WaitUntilAsync(
                async () =>
                {
                    try
                    {
                        using var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
                        last = $"{(int)response.StatusCode} {Upstream(response)} {await response.Content.ReadAsStringAsync()}";
                        if (response.StatusCode == HttpStatusCode.OK)
                        {
                            healthy.Add(Upstream(response));
                        }
                    }
                    catch (HttpRequestException ex)
                    {
                        last = ex.Message;
                    }

                    return healthy.Count == 2;
                },
                TimeSpan.FromSeconds(60),
                log);
            output.WriteLine($"{started.Elapsed.TotalSeconds:0.0} s: both instances healthy behind nginx");

            var login = await client.PostFormAsync("/Anmelden", new() { ["Input.Email"] = WerkstattWebFactory.Coordinator, ["Input.Password"] = WerkstattWebFactory.DemoPassword });
            Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
            Assert.Equal("nosniff", login.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.Contains("frame-ancestors 'none'", login.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);

            var list = await client.GetHtmlAsync("/Werkstaetten");
            var url = DraftLink().Match(list).Groups[1].Value;
            Assert.StartsWith("/Werkstaetten/", url, StringComparison.Ordinal);
            var crossed = 0;
            foreach (var target in new[] { "TopicCollection", "Voting" })
            {
                using var page = await client.GetAsync(new Uri(url, UriKind.Relative));
                var html = await page.Content.ReadAsStringAsync();
                var version = VersionField().Match(html).Groups[1].Value;
                var token = WebUtility.HtmlDecode(TokenField().Match(html).Groups[1].Value);
                using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["Target"] = target, ["Version"] = version, ["__RequestVerificationToken"] = token });
                var moved = await client.PostAsync(new Uri($"{url}?handler=Move", UriKind.Relative), form);
                Assert.True(moved.StatusCode == HttpStatusCode.Redirect, $"move to {target}: {(int)moved.StatusCode}\n{log()}");
                crossed += Upstream(page) != Upstream(moved) ? 1 : 0;
            }

            Assert.True(crossed >= 1, "no form was posted to another instance than the one that rendered it");
            Assert.Contains("Abstimmung", PageClient.Text(await client.GetHtmlAsync(url)), StringComparison.Ordinal);

            using (var gzip = new HttpRequestMessage(HttpMethod.Get, "/Werkstaetten"))
            {
                gzip.Headers.AcceptEncoding.ParseAdd("gzip");
                using var compressed = await client.SendAsync(gzip);
                Assert.Equal("gzip", compressed.Content.Headers.ContentEncoding.Single());
            }

            using (var tooLarge = await client.PostAsync(new Uri("/Anmelden", UriKind.Relative), new ByteArrayContent(new byte[(10 * 1024 * 1024) + 1])))
            {
                Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
            }

            // The worker closes the demo vote at its deadline; the web instances run no jobs.
            await using var db = database.NewContext();
            await WaitUntilAsync(
                async () => await db.Werkstaetten.AsNoTracking().AnyAsync(w => w.Title == "Prozesswerkstatt Digitale Dienste" && w.Phase == Phase.ProcessSelection),
                TimeSpan.FromSeconds(120),
                log);
            output.WriteLine($"{started.Elapsed.TotalSeconds:0.0} s: the worker closed the vote");
            var voting = await db.Werkstaetten.AsNoTracking().SingleAsync(w => w.Title == "Prozesswerkstatt Digitale Dienste");
            var runs = await db.Set<JobRun>().AsNoTracking().Where(r => r.JobGroup == JobPlanSync.GroupOf(voting.Id)).ToListAsync();
            Assert.Equal(1, runs.Count(r => r.JobName == "Deadline.VotingCloses" && r.Outcome == "Succeeded"));
            Assert.Single(runs.Select(r => r.Instance).Distinct());
            var moves = await db.Set<AuditEntry>().AsNoTracking().Where(e => e.Kind == AuditKinds.Werkstatt && e.Summary.Contains("Phase")).ToListAsync();
            Assert.Equal(2, moves.Count(e => e.ActorName == "Katrin Koordinatorin"));
            Assert.Contains(moves, e => e.ActorName == "System" && e.Summary.Contains("→ Prozessauswahl", StringComparison.Ordinal));
            output.WriteLine($"{started.Elapsed.TotalSeconds:0.0} s in all");
        }
        finally
        {
            foreach (var process in Enumerable.Reverse(processes))
            {
                await process.DisposeAsync();
            }

            NpgsqlConnection.ClearAllPools();
            Directory.Delete(prefix, recursive: true);
        }
    }

    private static string Upstream(HttpResponseMessage response) =>
        response.Headers.TryGetValues("X-Upstream", out var values) ? values.Single() : "?";

    private static async Task WaitUntilAsync(Func<Task<bool>> condition, TimeSpan limit, Func<string> log)
    {
        var waited = Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(waited.Elapsed < limit, $"not reached within {limit.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s:\n{log()}");
            await Task.Delay(200);
        }
    }

    [GeneratedRegex("href=\"(/Werkstaetten/[0-9a-f-]{36})\"[^>]*>Prozesswerkstatt Ordnung und Soziales")]
    private static partial Regex DraftLink();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();

    [GeneratedRegex("name=\"Version\" value=\"(\\d+)\"")]
    private static partial Regex VersionField();
}
