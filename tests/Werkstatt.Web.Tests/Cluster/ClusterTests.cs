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
using Werkstatt.Tests.Shared.Cluster;
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
    [Fact]
    public async Task Two_instances_behind_nginx_share_logins_and_forms_and_the_worker_fires_the_deadline_once()
    {
        if (!File.Exists(LocalCluster.Nginx))
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
        var settings = new Dictionary<string, string>
        {
            ["Jobs__ClusterCheckinInterval"] = "00:00:02",
            ["Jobs__ReplanInterval"] = "00:00:00.500",
        };
        var cluster = await LocalCluster.StartAsync(database.ConnectionString, webInstances: 2, worker: true, settings, progress: output.WriteLine);
        try
        {
            using var handler = new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() };
            using var client = new HttpClient(handler) { BaseAddress = cluster.BaseAddress };
            var log = cluster.Log;

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
                crossed += LocalCluster.Upstream(page) != LocalCluster.Upstream(moved) ? 1 : 0;
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
            await LocalCluster.WaitUntilAsync(
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
            await cluster.DisposeAsync();
            NpgsqlConnection.ClearAllPools();
        }
    }

    [GeneratedRegex("href=\"(/Werkstaetten/[0-9a-f-]{36})\"[^>]*>Prozesswerkstatt Ordnung und Soziales")]
    private static partial Regex DraftLink();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();

    [GeneratedRegex("name=\"Version\" value=\"(\\d+)\"")]
    private static partial Regex VersionField();
}
