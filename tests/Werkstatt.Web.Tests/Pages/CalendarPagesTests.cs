using System.Net;
using System.Text.RegularExpressions;
using Werkstatt.Web.Tests.Support;

namespace Werkstatt.Web.Tests.Pages;

/// <summary>The demo Werkstatt's participants page and a demo login's private calendar feed.</summary>
public sealed partial class CalendarPagesTests(WerkstattWebFactory factory) : IClassFixture<WerkstattWebFactory>
{
    private const string Settings = "/Einstellungen/Kalender";

    [Fact]
    public async Task A_demo_login_creates_a_feed_address_that_serves_its_workshops_until_it_is_replaced_or_revoked()
    {
        var manager = await factory.LoginThroughFormAsync(WerkstattWebFactory.ManagerMusterstadt);
        var first = await RegenerateAsync(manager);
        var anonymous = factory.CreateClient();

        var response = await anonymous.GetAsync(new Uri(first.PathAndQuery, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        var calendar = await response.Content.ReadAsStringAsync();
        Assert.Contains("METHOD:PUBLISH\r\n", calendar, StringComparison.Ordinal);
        Assert.Contains("SUMMARY;LANGUAGE=de:Prozesswerkstatt Ordnung und Soziales (Tag 1 von 2)", calendar, StringComparison.Ordinal);
        Assert.Matches("UID:werkstatt-[0-9a-f]{32}-tag1@localhost", calendar);
        Assert.Contains("DTSTART;VALUE=DATE:", calendar, StringComparison.Ordinal);
        Assert.DoesNotContain("ATTENDEE", calendar, StringComparison.Ordinal);

        var second = await RegenerateAsync(manager);
        Assert.NotEqual(first, second);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(new Uri(first.PathAndQuery, UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(new Uri(second.PathAndQuery, UriKind.Relative))).StatusCode);

        var revoked = await FollowAsync(manager, await manager.PostFormAsync(Settings, [], Settings + "?handler=Revoke"));
        Assert.Contains("abgeschaltet", PageClient.Text(revoked), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(new Uri(second.PathAndQuery, UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(new Uri("/kalender/erraten.ics", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task The_coordinator_sees_the_demo_participants_their_delivery_state_and_the_send_button()
    {
        var coordinator = await factory.LoginThroughFormAsync(WerkstattWebFactory.Coordinator);
        var list = await coordinator.GetHtmlAsync("/Werkstaetten");
        var id = DraftLink().Match(list).Groups[1].Value;
        var text = PageClient.Text(await coordinator.GetHtmlAsync($"/Werkstaetten/{id}/Teilnehmende"));
        Assert.Contains("Prozessmanagement Stadt Musterstadt", text, StringComparison.Ordinal);
        Assert.Contains("Fachexpertise Gemeinde Heidekamp", text, StringComparison.Ordinal);
        Assert.Contains("8 Teilnehmende", text, StringComparison.Ordinal);
        Assert.Contains("Einladungen wurden am", text, StringComparison.Ordinal);
        Assert.Matches("Einladung zugestellt|Wird gesendet", text);
        Assert.Contains("Einladungen versenden", text, StringComparison.Ordinal);

        var sent = await FollowAsync(coordinator, await coordinator.PostFormAsync($"/Werkstaetten/{id}/Teilnehmende", [], $"/Werkstaetten/{id}/Teilnehmende?handler=Send"));
        Assert.Contains("bereits; es wurde nichts erneut verschickt", PageClient.Text(sent), StringComparison.Ordinal);
    }

    private static async Task<Uri> RegenerateAsync(HttpClient client)
    {
        var html = await FollowAsync(client, await client.PostFormAsync(Settings, [], Settings + "?handler=Regenerate"));
        var match = FeedUrl().Match(html);
        Assert.True(match.Success, PageClient.Text(html));
        return new Uri(WebUtility.HtmlDecode(match.Groups[1].Value));
    }

    // The pages answer a successful post with a redirect (post/redirect/get); the notice travels in TempData.
    private static async Task<string> FollowAsync(HttpClient client, HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{(int)response.StatusCode}: {PageClient.Text(await response.Content.ReadAsStringAsync())}");
        return await client.GetHtmlAsync(response.Headers.Location!.OriginalString);
    }

    [GeneratedRegex("value=\"(https?://[^\"]+/kalender/[A-Za-z0-9_-]{43}\\.ics)\"")]
    private static partial Regex FeedUrl();

    [GeneratedRegex("href=\"/Werkstaetten/([0-9a-f-]{36})\"[^>]*>Prozesswerkstatt Ordnung und Soziales")]
    private static partial Regex DraftLink();
}
