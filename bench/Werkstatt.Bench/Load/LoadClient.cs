using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Werkstatt.Bench.Load;

/// <summary>
/// One process manager's visit in the window: Meine Aufgaben, the Werkstatt page, the ballot page, the ballot, the
/// assignment page, the offer and two claims. A claim refused because another member took that slot a moment earlier
/// is what a user sees as "Bitte laden Sie die Seite neu": the client reloads the offer and claims again.
/// </summary>
public sealed class LoadClient(HttpClient http, LatencyRecorder recorder)
{
    public static HttpClient CreateHttp(Uri baseAddress, int connections) =>
        new(new SocketsHttpHandler { MaxConnectionsPerServer = connections, UseCookies = false, AllowAutoRedirect = false, PooledConnectionLifetime = Timeout.InfiniteTimeSpan })
        {
            BaseAddress = baseAddress,
            Timeout = TimeSpan.FromSeconds(30),
        };

    public async Task VisitAsync(LoadMember member)
    {
        ArgumentNullException.ThrowIfNull(member);
        var (v, a) = (member.Network.VotingWerkstatt, member.Network.AssignmentWerkstatt);
        await PageAsync("Meine Aufgaben", "/", member);
        await PageAsync("Werkstatt", $"/Werkstaetten/{v}", member);
        await PageAsync("Abstimmung (Seite)", $"/Werkstaetten/{v}/Abstimmung", member);
        var ballot = new { dots = new[] { new { topicId = member.TwoDots, dots = 2 }, new { topicId = member.OneDot, dots = 1 } }, version = 0 };
        await SendAsync("Stimmzettel (PUT)", HttpMethod.Put, $"/api/v1/werkstaetten/{v}/members/{member.MemberId}/ballot", member, ballot);
        await PageAsync("Zuteilung (Seite)", $"/Werkstaetten/{a}/Zuteilung", member);
        var version = await OfferVersionAsync(member);
        foreach (var process in member.Claims)
        {
            for (var attempt = 0; version is not null; attempt++)
            {
                var (status, body) = await SendAsync("Meldung (POST)", HttpMethod.Post, $"/api/v1/werkstaetten/{a}/members/{member.MemberId}/claims", member, new { processId = process, version }, expectConflict: attempt < 3);
                if (status == HttpStatusCode.OK)
                {
                    version = VersionOf(body);
                    break;
                }

                if (status != HttpStatusCode.Conflict)
                {
                    return;
                }

                recorder.Refusal();
                version = await OfferVersionAsync(member);
            }
        }
    }

    /// <summary>A page or endpoint for a fixed time with <paramref name="concurrency"/> loops; returns requests per second.</summary>
    public async Task<double> HammerAsync(string kind, Func<int, (string Path, LoadMember? Member)> request, TimeSpan duration, int concurrency)
    {
        ArgumentNullException.ThrowIfNull(request);
        var until = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var count = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            while (Stopwatch.GetTimestamp() < until)
            {
                var n = Interlocked.Increment(ref count);
                var (path, member) = request(n);
                await PageAsync(kind, path, member);
            }
        }));
        return count / clock.Elapsed.TotalSeconds;
    }

    private async Task<int?> OfferVersionAsync(LoadMember member)
    {
        var (status, body) = await SendAsync("Angebot (GET)", HttpMethod.Get, $"/api/v1/werkstaetten/{member.Network.AssignmentWerkstatt}/members/{member.MemberId}/offer", member, null);
        return status == HttpStatusCode.OK ? VersionOf(body) : null;
    }

    private async Task PageAsync(string kind, string path, LoadMember? member) => await SendAsync(kind, HttpMethod.Get, path, member, null);

    private async Task<(HttpStatusCode Status, string Body)> SendAsync(string kind, HttpMethod method, string path, LoadMember? member, object? json, bool expectConflict = false)
    {
        using var message = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (member is not null)
        {
            message.Headers.Add("Cookie", member.Cookie);
        }

        if (json is not null)
        {
            message.Content = JsonContent.Create(json);
        }

        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await http.SendAsync(message);
            var body = await response.Content.ReadAsStringAsync();
            recorder.Record(kind, started);
            var conflictExpected = expectConflict && response.StatusCode == HttpStatusCode.Conflict && body.Contains("ProcessMustHaveAFreeSlot", StringComparison.Ordinal);
            if (response.StatusCode != HttpStatusCode.OK && !conflictExpected)
            {
                recorder.Error($"{kind} {path}: {(int)response.StatusCode} {body[..Math.Min(300, body.Length)]}");
            }

            return (response.StatusCode, body);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            recorder.Error($"{kind} {path}: {ex.GetType().Name} {ex.Message}");
            return (0, string.Empty);
        }
    }

    private static int? VersionOf(string body)
    {
        using var document = JsonDocument.Parse(body);
        return document.RootElement.GetProperty("version").GetInt32();
    }
}
