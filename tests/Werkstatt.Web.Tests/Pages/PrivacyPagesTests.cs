using System.Net;
using System.Text.Json;
using Werkstatt.Web.Tests.Support;

namespace Werkstatt.Web.Tests.Pages;

/// <summary>„Meine Daten“ (export as JSON) and „Person löschen“ (coordination only, with confirmation).</summary>
public sealed class PrivacyPagesTests(WerkstattWebFactory factory) : IClassFixture<WerkstattWebFactory>
{
    [Fact]
    public async Task A_logged_in_person_downloads_their_data_as_json()
    {
        var client = await factory.LoginThroughFormAsync(WerkstattWebFactory.ManagerMusterstadt);

        var response = await client.PostFormAsync("/Einstellungen/Datenschutz", [], "/Einstellungen/Datenschutz?handler=Export");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(WerkstattWebFactory.ManagerMusterstadt, json.RootElement.GetProperty("person").GetProperty("Email").GetString());
    }

    [Fact]
    public async Task Only_the_coordination_erases_a_person_and_only_after_confirming()
    {
        var coordinator = await factory.LoginThroughFormAsync(WerkstattWebFactory.Coordinator);
        var people = await coordinator.GetHtmlAsync("/Verwaltung/Personen");
        var link = System.Text.RegularExpressions.Regex.Match(people, "href=\"/Verwaltung/Personen/([0-9a-f-]{36})\">Prozessmanagement Stadt Beispielburg").Groups[1].Value;
        Assert.NotEmpty(link);
        var page = $"/Verwaltung/Personen/{link}/Loeschen";

        var manager = await factory.LoginThroughFormAsync(WerkstattWebFactory.ManagerMusterstadt);
        Assert.Equal("/ZugriffVerweigert", (await manager.GetAsync(new Uri(page, UriKind.Relative))).Headers.Location?.AbsolutePath);

        var unconfirmed = await coordinator.PostFormAsync(page, new() { ["Confirmed"] = "false" });
        Assert.Equal(HttpStatusCode.OK, unconfirmed.StatusCode);
        Assert.Contains("Bitte bestätigen Sie die Löschung.", PageClient.Text(await unconfirmed.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        var confirmed = await coordinator.PostFormAsync(page, new() { ["Confirmed"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        var after = PageClient.Text(await coordinator.GetHtmlAsync("/Verwaltung/Personen"));
        Assert.Contains("wurde gelöscht (anonymisiert)", after, StringComparison.Ordinal);
        Assert.Contains("Gelöschte Person", after, StringComparison.Ordinal);
        Assert.DoesNotContain(WerkstattWebFactory.ManagerBeispielburg, after, StringComparison.Ordinal);
    }
}
