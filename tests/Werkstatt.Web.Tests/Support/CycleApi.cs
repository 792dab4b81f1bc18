using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;

namespace Werkstatt.Web.Tests.Support;

/// <summary>Drives a Werkstatt of the demo network through the cycle over the API, as the coordinator.</summary>
public static class CycleApi
{
    public const string ManagerKreis = "pm@kreis-musterland.example";

    /// <summary>A first day a year ahead, so the voting deadline is in the future whenever the tests run.</summary>
    public static string NextYear(int extraDays = 0) =>
        DateTime.UtcNow.Date.AddYears(1).AddDays(extraDays).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static async Task<Guid> NetworkIdAsync(HttpClient client) => (await client.GetJsonAsync("/api/v1/me"))["networkId"]!.GetValue<Guid>();

    public static async Task<Guid> MemberIdAsync(HttpClient coordinator, string name)
    {
        var members = (await coordinator.GetJsonAsync($"/api/v1/networks/{await NetworkIdAsync(coordinator)}/members")).AsArray();
        return members.First(m => m!["name"]!.GetValue<string>() == name)!["id"]!.GetValue<Guid>();
    }

    public static async Task<Guid> PlanAsync(HttpClient coordinator, string title, int extraDays = 0)
    {
        var response = await coordinator.SendJsonAsync(HttpMethod.Post, $"/api/v1/networks/{await NetworkIdAsync(coordinator)}/werkstaetten", new { title, firstDay = NextYear(extraDays), format = "Online", meetingUrl = "https://meet.example/w" });
        return (await Created(response))["id"]!.GetValue<Guid>();
    }

    public static async Task MoveAsync(HttpClient coordinator, Guid werkstatt, string target)
    {
        var version = (await coordinator.GetJsonAsync($"/api/v1/werkstaetten/{werkstatt}"))["version"]!.GetValue<int>();
        var response = await coordinator.SendJsonAsync(HttpMethod.Post, $"/api/v1/werkstaetten/{werkstatt}/phase", new { target, version });
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"move to {target}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    public static async Task<Guid> ProposeAsync(HttpClient client, Guid werkstatt, string title)
    {
        var response = await client.SendJsonAsync(HttpMethod.Post, $"/api/v1/werkstaetten/{werkstatt}/topics", new { title, description = $"Beschreibung: {title}", whyNow = "Viele Anfragen, lange Wartezeiten." });
        return (await Created(response))["id"]!.GetValue<Guid>();
    }

    public static async Task<JsonNode> CloseVotingAsync(HttpClient coordinator, Guid werkstatt)
    {
        var version = (await coordinator.GetJsonAsync($"/api/v1/werkstaetten/{werkstatt}/voting"))["version"]!.GetValue<int>();
        return await OkAsync(await coordinator.SendJsonAsync(HttpMethod.Post, $"/api/v1/werkstaetten/{werkstatt}/voting/close", new { version }));
    }

    public static async Task<Guid> DeriveAsync(HttpClient coordinator, Guid werkstatt, Guid topic, string name, int modellers, string[] levels, bool crossesLevels = false, string? leikaKey = null)
    {
        var response = await coordinator.SendJsonAsync(HttpMethod.Post, $"/api/v1/werkstaetten/{werkstatt}/processes", new { topicId = topic, name, leikaKey, modellersNeeded = modellers, levels, crossesLevels });
        return (await Created(response))["id"]!.GetValue<Guid>();
    }

    /// <summary>A Werkstatt a year ahead in process selection: one topic, one dot on it from <paramref name="voter"/>, the vote closed.</summary>
    public static async Task<(Guid Werkstatt, Guid Topic)> InProcessSelectionAsync(HttpClient coordinator, HttpClient voter, string title, int extraDays = 0)
    {
        var werkstatt = await PlanAsync(coordinator, title, extraDays);
        await MoveAsync(coordinator, werkstatt, "TopicCollection");
        var topic = await ProposeAsync(coordinator, werkstatt, "Thema " + title);
        await MoveAsync(coordinator, werkstatt, "Voting");
        var member = (await voter.GetJsonAsync("/api/v1/me"))["memberId"]!.GetValue<Guid>();
        await OkAsync(await voter.SendJsonAsync(HttpMethod.Put, $"/api/v1/werkstaetten/{werkstatt}/members/{member}/ballot", new { dots = new[] { new { topicId = topic, dots = 1 } }, version = 0 }));
        await CloseVotingAsync(coordinator, werkstatt);
        await MoveAsync(coordinator, werkstatt, "ProcessSelection");
        return (werkstatt, topic);
    }

    public static async Task<JsonNode> OkAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode} {body}");
        return JsonNode.Parse(body)!;
    }

    private static async Task<JsonNode> Created(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode} {body}");
        return JsonNode.Parse(body)!;
    }
}
