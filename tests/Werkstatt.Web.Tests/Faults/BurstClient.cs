using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Werkstatt.Tests.Shared.Cluster;

namespace Werkstatt.Web.Tests.Faults;

/// <summary>
/// One process manager in the claim burst. Every answer must be 200, a 409 problem, or the 503 of an unreachable
/// database (German problem+json or page, Retry-After); anything else is recorded in <see cref="Failures"/>. A 503 or a
/// lost connection leaves the outcome open, so the client retries; a 409 after that means the first attempt may have
/// gone through, so it reloads and takes the server's word – as a user reloading the page would. What it ends up
/// believing (<see cref="Claimed"/>, <see cref="Ballot"/>) must be exactly what the database holds.
/// </summary>
public sealed class BurstClient(HttpClient http, Guid memberId, Guid votingWerkstatt, Guid assignmentWerkstatt, Action completed)
{
    private static readonly TimeSpan GiveUpAfter = TimeSpan.FromSeconds(60);
    private int _offerVersion = -1;
    private int _ballotVersion = -1;

    public Guid MemberId { get; } = memberId;

    public ConcurrentQueue<string> Failures { get; } = new();

    public int Unavailable { get; private set; }

    /// <summary>Ballots answered 200.</summary>
    public int BallotsStored { get; private set; }

    /// <summary>Processes this member's claims succeeded for (directly or as found after a retry).</summary>
    public HashSet<Guid> Claimed { get; } = [];

    /// <summary>Claims definitively refused (slot or capacity gone).</summary>
    public HashSet<Guid> Refused { get; } = [];

    /// <summary>The dots of the ballot the member last saw stored.</summary>
    public Dictionary<Guid, int> Ballot { get; private set; } = [];

    public async Task ClaimAsync(Guid process)
    {
        _offerVersion = _offerVersion < 0 ? (await ReadAsync($"/api/v1/werkstaetten/{assignmentWerkstatt}/members/{MemberId}/offer"))?["version"]!.GetValue<int>() ?? -1 : _offerVersion;
        var uncertain = false;
        for (var started = DateTime.UtcNow; DateTime.UtcNow - started < GiveUpAfter;)
        {
            var (status, body) = await SendAsync(HttpMethod.Post, $"/api/v1/werkstaetten/{assignmentWerkstatt}/members/{MemberId}/claims", new { processId = process, version = _offerVersion });
            if (status == HttpStatusCode.OK)
            {
                _offerVersion = body!["version"]!.GetValue<int>();
                Claimed.Add(process);
                return;
            }

            if (status == HttpStatusCode.Conflict)
            {
                var offer = await ReadAsync($"/api/v1/werkstaetten/{assignmentWerkstatt}/members/{MemberId}/offer");
                _offerVersion = offer!["version"]!.GetValue<int>();
                var mine = offer["processes"]!.AsArray().Any(p => p!["processId"]!.GetValue<Guid>() == process && p["claimed"]!.GetValue<bool>());
                if (mine && uncertain)
                {
                    Claimed.Add(process);
                    return;
                }

                if (body?["code"]?.GetValue<string>() is "ProcessMustHaveAFreeSlot" or "ClaimsMustNotExceedCapacity")
                {
                    Refused.Add(process);
                    return;
                }

                uncertain = false; // a plain version conflict: claim again with the version just read
                continue;
            }

            uncertain |= status is HttpStatusCode.ServiceUnavailable or 0;
            await Task.Delay(100);
        }

        Failures.Enqueue($"claim {process}: no definite answer within {GiveUpAfter.TotalSeconds} s");
    }

    public async Task VoteAsync(IReadOnlyDictionary<Guid, int> dots)
    {
        _ballotVersion = _ballotVersion < 0 ? (await ReadAsync($"/api/v1/werkstaetten/{votingWerkstatt}/members/{MemberId}/ballot"))?["version"]!.GetValue<int>() ?? -1 : _ballotVersion;
        var uncertain = false;
        for (var started = DateTime.UtcNow; DateTime.UtcNow - started < GiveUpAfter;)
        {
            var (status, body) = await SendAsync(HttpMethod.Put, $"/api/v1/werkstaetten/{votingWerkstatt}/members/{MemberId}/ballot", new { dots = dots.Select(d => new { topicId = d.Key, dots = d.Value }), version = _ballotVersion });
            if (status == HttpStatusCode.OK)
            {
                _ballotVersion = body!["version"]!.GetValue<int>();
                Ballot = new Dictionary<Guid, int>(dots);
                BallotsStored++;
                return;
            }

            if (status == HttpStatusCode.Conflict)
            {
                // Stored by the attempt whose answer was lost, or refused (vote closed): either way the server's ballot is the truth.
                var ballot = await ReadAsync($"/api/v1/werkstaetten/{votingWerkstatt}/members/{MemberId}/ballot");
                _ballotVersion = ballot!["version"]!.GetValue<int>();
                Ballot = ballot["dots"]!.AsArray().Where(d => d!["dots"]!.GetValue<int>() > 0).ToDictionary(d => d!["topicId"]!.GetValue<Guid>(), d => d!["dots"]!.GetValue<int>());
                if (uncertain || body?["code"]?.GetValue<string>() != "ConcurrencyConflict")
                {
                    return;
                }

                continue;
            }

            uncertain |= status is HttpStatusCode.ServiceUnavailable or 0;
            await Task.Delay(100);
        }

        Failures.Enqueue($"ballot: no definite answer within {GiveUpAfter.TotalSeconds} s");
    }

    /// <summary>A page: 200, or the German 503 page.</summary>
    public async Task PageAsync(string path)
    {
        using var response = await SafeSendAsync(new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative)));
        if (response is null)
        {
            return;
        }

        var text = await response.Content.ReadAsStringAsync();
        if (response.StatusCode == HttpStatusCode.ServiceUnavailable)
        {
            Unavailable++;
            Expect(response.Content.Headers.ContentType?.MediaType == "text/html" && text.Contains("Vorübergehend nicht verfügbar", StringComparison.Ordinal)
                && text.Contains("Datenbank", StringComparison.Ordinal) && response.Headers.RetryAfter is not null, $"GET {path}: 503 without the German page", text);
        }
        else
        {
            Expect(response.StatusCode == HttpStatusCode.OK, $"GET {path}: {(int)response.StatusCode}", text);
        }
    }

    private async Task<JsonNode?> ReadAsync(string path)
    {
        for (var started = DateTime.UtcNow; DateTime.UtcNow - started < GiveUpAfter;)
        {
            var (status, body) = await SendAsync(HttpMethod.Get, path, null);
            if (status == HttpStatusCode.OK)
            {
                return body;
            }

            await Task.Delay(100);
        }

        Failures.Enqueue($"GET {path}: no answer within {GiveUpAfter.TotalSeconds} s");
        return null;
    }

    private async Task<(HttpStatusCode Status, JsonNode? Body)> SendAsync(HttpMethod method, string path, object? json)
    {
        using var message = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (json is not null)
        {
            message.Content = JsonContent.Create(json);
        }

        using var response = await SafeSendAsync(message);
        if (response is null)
        {
            return (0, null);
        }

        var text = await response.Content.ReadAsStringAsync();
        var media = response.Content.Headers.ContentType?.MediaType;
        switch (response.StatusCode)
        {
            case HttpStatusCode.OK:
                return (response.StatusCode, JsonNode.Parse(text));
            case HttpStatusCode.Conflict:
                Expect(media == "application/problem+json", $"{method} {path}: 409 without problem+json", text);
                return (response.StatusCode, JsonNode.Parse(text));
            case HttpStatusCode.ServiceUnavailable:
                Unavailable++;
                var problem = media == "application/problem+json" ? JsonNode.Parse(text) : null;
                Expect(
                    problem?["code"]?.GetValue<string>() == "DatabaseUnavailable" && problem["detail"]!.GetValue<string>().Contains("Datenbank", StringComparison.Ordinal)
                        && response.Headers.RetryAfter?.Delta is { TotalSeconds: > 0 },
                    $"{method} {path}: 503 that is not the database problem",
                    text);
                return (response.StatusCode, problem);
            default:
                Expect(false, $"{method} {path}: {(int)response.StatusCode} from {LocalCluster.Upstream(response)}", text);
                return (response.StatusCode, null);
        }
    }

    private async Task<HttpResponseMessage?> SafeSendAsync(HttpRequestMessage message)
    {
        try
        {
            return await http.SendAsync(message);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            Failures.Enqueue($"{message.Method} {message.RequestUri}: {ex.GetType().Name} {ex.Message}");
            return null;
        }
        finally
        {
            completed();
        }
    }

    private void Expect(bool condition, string what, string body)
    {
        if (!condition)
        {
            Failures.Enqueue($"{DateTime.UtcNow:HH:mm:ss.fff} {what}: {body[..Math.Min(body.Length, 300)]}");
        }
    }
}
