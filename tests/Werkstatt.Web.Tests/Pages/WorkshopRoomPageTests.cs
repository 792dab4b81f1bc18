using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Werkstatt.Domain.Cycle;
using Werkstatt.Service.Persistence;
using Werkstatt.Web.Tests.Support;

namespace Werkstatt.Web.Tests.Pages;

/// <summary>The Werkstattraum of "Wohnsitz anmelden" in the demo Werkstatt "Prozesswerkstatt Bürgerdienste", moved to the workshop.</summary>
public sealed partial class WorkshopRoomPageTests(WerkstattWebFactory factory) : IClassFixture<WerkstattWebFactory>
{
    [Fact]
    public async Task The_facilitator_notes_and_agrees_action_items_without_javascript_and_the_owner_marks_them_done()
    {
        var coordinator = await factory.LoginThroughFormAsync(WerkstattWebFactory.Coordinator);
        var manager = await factory.LoginThroughFormAsync(WerkstattWebFactory.ManagerMusterstadt);
        var id = ReviewLink().Match(await coordinator.GetHtmlAsync("/Werkstaetten")).Groups[1].Value;
        var comparison = ComparisonLink().Match(await coordinator.GetHtmlAsync($"/Werkstaetten/{id}/Einreichungen")).Groups[1].Value;
        var page = $"/Werkstaetten/{id}/Raum/{comparison}";
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WerkstattDbContext>();
            var werkstattId = new WerkstattId(Guid.Parse(id));
            await db.Werkstaetten.Where(w => w.Id == werkstattId).ExecuteUpdateAsync(s => s.SetProperty(w => w.Phase, Phase.Workshop));
        }

        var before = PageClient.Text(await coordinator.GetHtmlAsync(page));
        Assert.Contains("IST-Modelle", before, StringComparison.Ordinal);
        Assert.Contains("Steckbriefe nebeneinander", before, StringComparison.Ordinal);
        Assert.Contains("Noch keine Notizen.", before, StringComparison.Ordinal);

        var empty = await coordinator.PostFormAsync(page, new() { ["Note.Kind"] = "Decision", ["Note.Text"] = " " }, page + "?handler=Note");
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.Contains("Die Notiz darf nicht leer sein.", PageClient.Text(await empty.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        var noted = await FollowAsync(coordinator, await coordinator.PostFormAsync(page, new() { ["Note.Kind"] = "Decision", ["Note.Text"] = "Online-Bezahlung für alle." }, page + "?handler=Note"));
        Assert.Contains("Die Notiz ist festgehalten.", PageClient.Text(noted), StringComparison.Ordinal);
        var members = await coordinator.GetJsonAsync("/api/v1/me");
        var musterstadt = (await coordinator.GetJsonAsync($"/api/v1/networks/{members["networkId"]}/members")).AsArray().First(m => m!["name"]!.GetValue<string>() == "Stadt Musterstadt")!["id"]!.GetValue<Guid>();
        var agreed = await FollowAsync(coordinator, await coordinator.PostFormAsync(page, new()
        {
            ["Item.Text"] = "Gebührensatzung prüfen", ["Item.Owner"] = musterstadt.ToString(), ["Item.Due"] = "2030-01-15",
        }, page + "?handler=Item"));
        var text = PageClient.Text(agreed);
        Assert.Matches(@"Gebührensatzung prüfen\s+Stadt Musterstadt\s+15\.01\.2030\s+offen", text);

        var refused = await manager.PostFormAsync(page, new() { ["Note.Kind"] = "Idea", ["Note.Text"] = "Eigene Idee" }, page + "?handler=Note");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("/ZugriffVerweigert", refused.Headers.Location!.OriginalString, StringComparison.Ordinal);

        var room = await manager.GetJsonAsync($"/api/v1/werkstaetten/{id}/processes/{comparison}/room");
        var item = room["actionItems"]![0]!;
        var done = await FollowAsync(manager, await manager.PostFormAsync(page, new()
        {
            ["itemId"] = item["id"]!.GetValue<Guid>().ToString(), ["version"] = item["version"]!.GetValue<int>().ToString(System.Globalization.CultureInfo.InvariantCulture), ["done"] = "true",
        }, page + "?handler=Done"));
        Assert.Contains("Die Maßnahme ist als erledigt markiert.", PageClient.Text(done), StringComparison.Ordinal);
        Assert.Equal("Online-Bezahlung für alle.", (await manager.GetJsonAsync($"/api/v1/werkstaetten/{id}/processes/{comparison}/room"))["notes"]![0]!["text"]!.GetValue<string>());
    }

    private static async Task<string> FollowAsync(HttpClient client, HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{(int)response.StatusCode}: {PageClient.Text(await response.Content.ReadAsStringAsync())}");
        return await client.GetHtmlAsync(response.Headers.Location!.OriginalString);
    }

    [GeneratedRegex("href=\"/Werkstaetten/([0-9a-f-]{36})\"[^>]*>Prozesswerkstatt B(?:ü|&#xFC;)rgerdienste<")]
    private static partial Regex ReviewLink();

    [GeneratedRegex("href=\"/Werkstaetten/[0-9a-f-]{36}/Vergleich/([0-9a-f-]{36})\">Vergleich<span class=\"visually-hidden\"> Wohnsitz anmelden")]
    private static partial Regex ComparisonLink();
}
