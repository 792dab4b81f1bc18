using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Werkstatt.Domain.Cycle;
using Werkstatt.Service.Demo;
using Werkstatt.Service.Library;
using Werkstatt.Service.Persistence;
using Werkstatt.Web.Tests.Support;

namespace Werkstatt.Web.Tests.Pages;

/// <summary>
/// The Werkstatt's to-be model after the workshop: beside the as-is model on the submission and comparison pages, on the
/// library entry (drawing, single download, API) and the overview's attendance through the API. Its own app: the demo
/// Werkstatt in review is moved on to Nachbereitung and Veröffentlicht here.
/// </summary>
public sealed partial class ToBeFollowUpPageTests : IAsyncLifetime
{
    private readonly WerkstattWebFactory _factory = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task From_the_follow_up_on_the_saved_to_be_model_shows_beside_the_as_is_model_and_goes_into_the_library()
    {
        var coordinator = await _factory.LoginAsync(WerkstattWebFactory.Coordinator);
        var network = await CycleApi.NetworkIdAsync(coordinator);
        var werkstatt = (await coordinator.GetJsonAsync($"/api/v1/networks/{network}/werkstaetten")).AsArray()
            .First(w => w!["phase"]!.GetValue<string>() == "QualityReview")!["id"]!.GetValue<Guid>();
        var row = (await coordinator.GetJsonAsync($"/api/v1/werkstaetten/{werkstatt}/submissions"))["submissions"]!.AsArray()
            .First(r => r!["processName"]!.GetValue<string>() == "Wohnsitz anmelden" && r["memberName"]!.GetValue<string>() == "Stadt Musterstadt")!;
        var (process, member) = (row["processId"]!.GetValue<Guid>(), row["memberId"]!.GetValue<Guid>());
        var toBe = DemoModels.Read(DemoModels.WohnsitzV2);
        using var body = new ByteArrayContent(toBe);
        body.Headers.ContentType = new MediaTypeHeaderValue("application/xml");
        var saved = await coordinator.PostAsync(new Uri($"/api/v1/werkstaetten/{werkstatt}/processes/{process}/soll/versions?version=0", UriKind.Relative), body);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);

        var manager = await _factory.LoginThroughFormAsync(WerkstattWebFactory.ManagerMusterstadt);
        var submission = $"/Werkstaetten/{werkstatt}/Einreichungen/{process}/{member}";
        Assert.DoesNotContain("SOLL-Modell der Werkstatt", PageClient.Text(await manager.GetHtmlAsync(submission)), StringComparison.Ordinal);

        await MoveAsync(werkstatt, Phase.FollowUp);
        foreach (var page in new[] { submission, $"/Werkstaetten/{werkstatt}/Vergleich/{process}" })
        {
            var html = await manager.GetHtmlAsync(page);
            var text = PageClient.Text(html);
            Assert.Contains("SOLL-Modell der Werkstatt", text, StringComparison.Ordinal);
            Assert.Contains("Zuletzt gespeicherte Version 1 vom", text, StringComparison.Ordinal);
            Assert.Contains("Anmeldung online ausfüllen", text, StringComparison.Ordinal); // the to-be model's list view
            Assert.Matches(SollDrawing(), html);
        }

        Assert.Contains("Zuletzt gespeicherte Version", PageClient.Text(await manager.GetHtmlAsync($"/Werkstaetten/{werkstatt}/Soll/{process}")), StringComparison.Ordinal);

        await MoveAsync(werkstatt, Phase.Published);
        await PackageAsync(werkstatt);

        var hit = (await coordinator.GetJsonAsync($"/api/v1/library?werkstatt={werkstatt}")).AsArray()
            .First(h => h!["name"]!.GetValue<string>() == "Wohnsitz anmelden")!["id"]!.GetValue<Guid>();
        var entry = await coordinator.GetJsonAsync($"/api/v1/library/{hit}");
        var model = entry["versions"]![0]!["models"]!.AsArray().Single(m => m!["toBeVersion"] is JsonValue)!;
        Assert.Equal(("ToBe", 1), (model["kind"]!.GetValue<string>(), model["toBeVersion"]!.GetValue<int>()));
        var file = await manager.GetAsync(new Uri(model["downloadUrl"]!.GetValue<string>(), UriKind.Relative));
        Assert.Equal(toBe, await file.Content.ReadAsByteArrayAsync());
        var entryPage = PageClient.Text(await manager.GetHtmlAsync($"/Bibliothek/{hit}"));
        Assert.Contains("Gemeinsames SOLL-Modell der Werkstatt (Version 1)", entryPage, StringComparison.Ordinal);

        var overview = await manager.GetJsonAsync($"/api/v1/networks/{network}/overview");
        Assert.NotEmpty(overview["attendance"]!.AsArray());
        Assert.All(overview["attendance"]!.AsArray(), a => Assert.True(a!["invited"]!.GetValue<int>() >= a["attended"]!.GetValue<int>()));
        Assert.Contains("Anwesenheit", PageClient.Text(await manager.GetHtmlAsync("/Netzwerk/Uebersicht")), StringComparison.Ordinal);
    }

    // The service would refuse: the demo's workshop days lie ahead (real clock). The domain takes the instants given.
    private async Task MoveAsync(Guid id, Phase target)
    {
        using var scope = _factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WerkstattDbContext>();
        var werkstatt = await db.Werkstaetten.FirstAsync(w => w.Id == new WerkstattId(id));
        var facts = new CycleFacts(true, 2, true, 0);
        while (werkstatt.Phase != target)
        {
            var next = werkstatt.Phase + 1;
            var at = next switch
            {
                Phase.Workshop => werkstatt.Schedule.Day1Start,
                Phase.FollowUp or Phase.Published => werkstatt.Schedule.LastDayEnd.AddDays(1),
                _ => werkstatt.Schedule.Day1Start.AddDays(-1),
            };
            werkstatt.MoveTo(next, at, "Test", facts);
        }

        await db.SaveChangesAsync();
    }

    // Publishing also wakes the app's packaging loop; whichever run loses the race fails its save and the next finds the version there.
    private async Task PackageAsync(Guid werkstatt)
    {
        for (var attempt = 1; ; attempt++)
        {
            using var scope = _factory.Services.CreateScope();
            try
            {
                await scope.ServiceProvider.GetRequiredService<LibraryPackager>().PackageAsync(new WerkstattId(werkstatt), CancellationToken.None);
                return;
            }
            catch (DbUpdateException) when (attempt < 5)
            {
            }
        }
    }

    [GeneratedRegex("<svg[^>]*role=\"img\"[\\s\\S]*?id=\"soll0")]
    private static partial Regex SollDrawing();
}
