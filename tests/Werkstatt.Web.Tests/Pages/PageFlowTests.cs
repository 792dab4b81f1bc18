using System.Net;
using System.Text.RegularExpressions;
using Werkstatt.Web.Tests.Support;

namespace Werkstatt.Web.Tests.Pages;

public sealed partial class PageFlowTests(WerkstattWebFactory factory) : IClassFixture<WerkstattWebFactory>
{
    [Fact]
    public async Task Coordinator_logs_in_plans_a_werkstatt_and_moves_it_to_topic_collection_through_the_pages()
    {
        var client = await factory.LoginThroughFormAsync(WerkstattWebFactory.Coordinator);

        var url = await PlanAsync(client, "2027-09-14", "Prozesswerkstatt Standesamt");
        var details = PageClient.Text(await client.GetHtmlAsync(url));
        Assert.Contains("Prozesswerkstatt Standesamt", details, StringComparison.Ordinal);
        Assert.Contains("14.09.2027", details, StringComparison.Ordinal);
        Assert.Contains("Weiter zur Phase „Themensammlung“", details, StringComparison.Ordinal);

        var moved = await client.PostFormAsync(url, new() { ["Target"] = "TopicCollection", ["Version"] = "0" }, $"{url}?handler=Move");

        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        var after = await client.GetHtmlAsync(url);
        Assert.Matches(CurrentPhase("Themensammlung"), after);
        Assert.Contains("Weiter zur Phase „Abstimmung“", PageClient.Text(after), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stale_form_shows_the_conflict_and_changes_nothing()
    {
        var client = await factory.LoginThroughFormAsync(WerkstattWebFactory.Coordinator);
        var url = await PlanAsync(client, "2027-11-09", "Veraltet");
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(url, new() { ["Target"] = "TopicCollection", ["Version"] = "0" }, $"{url}?handler=Move")).StatusCode);

        var stale = await client.PostFormAsync(url, new() { ["CancellationReason"] = "Raum fehlt", ["Version"] = "0" }, $"{url}?handler=Cancel");

        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("inzwischen von jemand anderem geändert", PageClient.Text(await stale.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Matches(CurrentPhase("Themensammlung"), await client.GetHtmlAsync(url));
    }

    [Fact]
    public async Task A_refused_phase_change_explains_the_rule_on_the_page()
    {
        var client = await factory.LoginThroughFormAsync(WerkstattWebFactory.Coordinator);
        var url = await PlanAsync(client, "2028-02-08", "Übersprungen");

        var refused = await client.PostFormAsync(url, new() { ["Target"] = "Modelling", ["Version"] = "0" }, $"{url}?handler=Move");

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("nur weiter zur Phase „Themensammlung“", PageClient.Text(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Matches(CurrentPhase("Entwurf"), await client.GetHtmlAsync(url));
    }

    [Fact]
    public async Task Dates_out_of_order_are_shown_next_to_the_field_and_nothing_is_saved()
    {
        var client = await factory.LoginThroughFormAsync(WerkstattWebFactory.Coordinator);
        var url = await PlanAsync(client, "2028-05-09", "Termine");
        var editUrl = $"{url}/Bearbeiten";
        var form = await client.GetHtmlAsync(editUrl);
        var fields = InputValues().Matches(form).Where(m => m.Groups[1].Value.StartsWith("Input.", StringComparison.Ordinal) || m.Groups[1].Value == "Version")
            .GroupBy(m => m.Groups[1].Value).ToDictionary(g => g.Key, g => System.Net.WebUtility.HtmlDecode(g.First().Groups[2].Value));
        Assert.True(fields.ContainsKey("Input.ModelsDue"), "the edit form has a field Input.ModelsDue");
        fields["Input.ModelsDue"] = fields["Input.PreReadOut"];
        fields["Input.Format"] = "InPerson";
        fields["Input.Address"] = "Rathaus Musterstadt";

        var response = await client.PostFormAsync(editUrl, fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("muss vor „Ende der Qualitätssicherung“", PageClient.Text(html), StringComparison.Ordinal);
        Assert.Contains("04.04.2028", PageClient.Text(await client.GetHtmlAsync(url)), StringComparison.Ordinal);
        Assert.DoesNotContain("Termine wurden gespeichert", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Process_manager_may_not_plan_or_move_werkstaetten_through_the_pages()
    {
        var coordinator = await factory.LoginThroughFormAsync(WerkstattWebFactory.Coordinator);
        var url = await PlanAsync(coordinator, "2028-08-08", "Nur Koordination");
        var manager = await factory.LoginThroughFormAsync(WerkstattWebFactory.ManagerMusterstadt);

        var plan = await manager.GetAsync(new Uri("/Werkstaetten/Neu", UriKind.Relative));
        var move = await manager.PostFormAsync(url, new() { ["Target"] = "TopicCollection", ["Version"] = "0" }, $"{url}?handler=Move");

        Assert.Equal("/ZugriffVerweigert", plan.Headers.Location?.AbsolutePath);
        Assert.Equal("/ZugriffVerweigert", move.Headers.Location?.AbsolutePath);
        Assert.Matches(CurrentPhase("Entwurf"), await coordinator.GetHtmlAsync(url));
    }

    [Theory]
    [InlineData(WerkstattWebFactory.Coordinator)]
    [InlineData(WerkstattWebFactory.ManagerMusterstadt)]
    [InlineData(WerkstattWebFactory.Admin)]
    public async Task Every_linked_page_renders_in_german_without_errors(string email)
    {
        var client = await factory.LoginThroughFormAsync(email);
        var seen = new HashSet<string>(StringComparer.Ordinal) { "/" };
        var queue = new Queue<string>(["/"]);
        while (queue.Count > 0 && seen.Count < 150)
        {
            var url = queue.Dequeue();
            var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            Assert.True((int)response.StatusCode < 400 || response.StatusCode == HttpStatusCode.NotFound && url.Contains("handler", StringComparison.Ordinal), $"{email} GET {url}: {(int)response.StatusCode}");
            if (response.StatusCode != HttpStatusCode.OK || response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue; // redirects, and downloads such as the audit trail's CSV
            }

            var html = await response.Content.ReadAsStringAsync();
            Assert.Contains("<html lang=\"de\">", html, StringComparison.Ordinal);
            Assert.Contains("<h1", html, StringComparison.Ordinal);
            foreach (Match link in Links().Matches(html))
            {
                var target = System.Net.WebUtility.HtmlDecode(link.Groups[1].Value);
                if (target.StartsWith('/') && !target.StartsWith("//", StringComparison.Ordinal) && !target.StartsWith("/Abmelden", StringComparison.Ordinal) && !target.StartsWith("/css", StringComparison.Ordinal) && seen.Add(target))
                {
                    queue.Enqueue(target);
                }
            }
        }

        Assert.True(seen.Count >= 6, $"crawl found only {seen.Count} pages: {string.Join(", ", seen)}");
    }

    [Fact]
    public async Task Logging_out_ends_the_session()
    {
        var client = await factory.LoginThroughFormAsync(WerkstattWebFactory.ManagerMusterstadt);
        var logout = await client.PostFormAsync("/", [], "/Abmelden");
        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        var after = await client.GetAsync(new Uri("/", UriKind.Relative));
        Assert.Equal("/Anmelden", after.Headers.Location?.AbsolutePath);
    }

    [Fact]
    public async Task An_unknown_page_gets_a_german_404_page()
    {
        var client = await factory.LoginThroughFormAsync(WerkstattWebFactory.Coordinator);
        var response = await client.GetAsync(new Uri($"/Werkstaetten/{Guid.NewGuid()}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Seite nicht gefunden", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task<string> PlanAsync(HttpClient client, string firstDay, string title)
    {
        var response = await client.PostFormAsync("/Werkstaetten/Neu", new()
        {
            ["Input.FirstDay"] = firstDay,
            ["Input.Days"] = "2",
            ["Input.Title"] = title,
            ["Input.Format"] = "InPerson",
            ["Input.Address"] = "Rathaus Musterstadt",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.Matches("^/Werkstaetten/[0-9a-f-]{36}$", location);
        return location;
    }

    private static Regex CurrentPhase(string phase) => new($"class=\"current\"[^>]*>[^<]*{Regex.Escape(phase)}", RegexOptions.None, TimeSpan.FromSeconds(1));

    [GeneratedRegex("href=\"([^\"#]+)\"")]
    private static partial Regex Links();

    [GeneratedRegex("<(?:input|textarea)[^>]*?name=\"([^\"]+)\"[^>]*?value=\"([^\"]*)\"")]
    private static partial Regex InputValues();
}
