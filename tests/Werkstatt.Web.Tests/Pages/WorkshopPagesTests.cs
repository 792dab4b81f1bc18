using System.Net;
using System.Text.RegularExpressions;
using Werkstatt.Web.Tests.Support;

namespace Werkstatt.Web.Tests.Pages;

/// <summary>The agenda and attendance pages on the demo Werkstatt "Prozesswerkstatt Bürgerdienste", and their API.</summary>
public sealed partial class WorkshopPagesTests(WerkstattWebFactory factory) : IClassFixture<WerkstattWebFactory>
{
    [Fact]
    public async Task The_coordination_reorders_and_adds_slots_without_javascript_and_members_only_read()
    {
        var coordinator = await factory.LoginThroughFormAsync(WerkstattWebFactory.Coordinator);
        var manager = await factory.LoginThroughFormAsync(WerkstattWebFactory.ManagerMusterstadt);
        var id = ReviewLink().Match(await coordinator.GetHtmlAsync("/Werkstaetten")).Groups[1].Value;
        var page = $"/Werkstaetten/{id}/Ablauf";

        var read = PageClient.Text(await manager.GetHtmlAsync(page));
        Assert.Matches(@"09:00–09:30 Uhr\s+Begrüßung und Ziele des Tages", read);
        Assert.Contains("Prozess:", read, StringComparison.Ordinal);
        Assert.DoesNotContain("nach oben", read, StringComparison.Ordinal);
        var refused = await manager.PostFormAsync(page, new() { ["day"] = "1", ["position"] = "0", ["direction"] = "down", ["version"] = "1" }, page + "?handler=Move");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("/ZugriffVerweigert", refused.Headers.Location!.OriginalString, StringComparison.Ordinal);

        var html = await coordinator.GetHtmlAsync(page);
        var version = Version().Match(html).Groups[1].Value;
        var moved = await FollowAsync(coordinator, await coordinator.PostFormAsync(page, new() { ["day"] = "1", ["position"] = "0", ["direction"] = "down", ["version"] = version }, page + "?handler=Move"));
        var text = PageClient.Text(moved);
        Assert.Contains("Die Reihenfolge ist geändert", text, StringComparison.Ordinal);
        Assert.Matches(@"10:00–10:30 Uhr\s+Begrüßung und Ziele des Tages", text);

        version = Version().Match(moved).Groups[1].Value;
        var overlapping = await coordinator.PostFormAsync(page, new()
        {
            ["Input.Day"] = "1", ["Input.Kind"] = "Break", ["Input.Title"] = "Zweite Pause", ["Input.Start"] = "09:10", ["Input.Duration"] = "15", ["Input.Version"] = version,
        });
        Assert.Equal(HttpStatusCode.OK, overlapping.StatusCode);
        Assert.Contains("überschneidet sich", PageClient.Text(await overlapping.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        var agenda = await coordinator.GetJsonAsync($"/api/v1/werkstaetten/{id}/agenda");
        Assert.Equal("Begrüßung und Ziele des Tages", agenda["days"]![0]!["items"]![1]!["label"]!.GetValue<string>());
        var badTime = await coordinator.SendJsonAsync(HttpMethod.Put, $"/api/v1/werkstaetten/{id}/agenda/1", new { items = new[] { new { kind = "Break", start = "9 Uhr", durationMinutes = 15 } }, version = agenda["version"]!.GetValue<int>() });
        Assert.Equal(HttpStatusCode.BadRequest, badTime.StatusCode);
        Assert.Contains("HH:mm", (await badTime.ProblemAsync())["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Attendance_is_one_click_per_person_and_counted_per_member()
    {
        var coordinator = await factory.LoginThroughFormAsync(WerkstattWebFactory.Coordinator);
        var id = ReviewLink().Match(await coordinator.GetHtmlAsync("/Werkstaetten")).Groups[1].Value;
        var page = $"/Werkstaetten/{id}/Anwesenheit";
        var attendance = await coordinator.GetJsonAsync($"/api/v1/werkstaetten/{id}/attendance");
        var person = attendance["days"]![0]!["people"]!.AsArray().First(p => p!["member"]!.GetValue<string>() == "Stadt Musterstadt")!;

        var html = await FollowAsync(coordinator, await coordinator.PostFormAsync(page, new()
        {
            ["day"] = "1", ["personId"] = person["personId"]!.GetValue<Guid>().ToString(), ["present"] = "true", ["version"] = attendance["version"]!.GetValue<int>().ToString(System.Globalization.CultureInfo.InvariantCulture),
        }));

        var text = PageClient.Text(html);
        Assert.Contains("Als anwesend erfasst", text, StringComparison.Ordinal);
        Assert.Contains("✓ anwesend", text, StringComparison.Ordinal);
        var after = await coordinator.GetJsonAsync($"/api/v1/werkstaetten/{id}/attendance");
        Assert.Equal(1, after["members"]!.AsArray().Single(m => m!["member"]!.GetValue<string>() == "Stadt Musterstadt")!["daysAttended"]!.GetValue<int>());
        var manager = await factory.LoginAsync(WerkstattWebFactory.ManagerMusterstadt);
        var refused = await manager.SendJsonAsync(HttpMethod.Put, $"/api/v1/werkstaetten/{id}/attendance", new { day = 1, personId = person["personId"]!.GetValue<Guid>(), present = false, version = after["version"]!.GetValue<int>() });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    private static async Task<string> FollowAsync(HttpClient client, HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{(int)response.StatusCode}: {PageClient.Text(await response.Content.ReadAsStringAsync())}");
        return await client.GetHtmlAsync(response.Headers.Location!.OriginalString);
    }

    [GeneratedRegex("href=\"/Werkstaetten/([0-9a-f-]{36})\"[^>]*>Prozesswerkstatt B(?:ü|&#xFC;)rgerdienste<")]
    private static partial Regex ReviewLink();

    [GeneratedRegex("name=\"version\" value=\"(\\d+)\"")]
    private static partial Regex Version();
}
