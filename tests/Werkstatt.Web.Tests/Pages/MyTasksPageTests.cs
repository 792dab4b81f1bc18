using System.Net;
using System.Text.RegularExpressions;
using Werkstatt.Web.Tests.Support;

namespace Werkstatt.Web.Tests.Pages;

/// <summary>"Meine Aufgaben" and the Werkstatt timeline over the demo network, through the pages without JavaScript.</summary>
public sealed partial class MyTasksPageTests(OpenVoteWebFactory factory) : IClassFixture<OpenVoteWebFactory>
{
    [Fact]
    public async Task A_process_manager_sees_only_the_tasks_of_their_own_member()
    {
        var beispielburg = await factory.LoginThroughFormAsync(WerkstattWebFactory.ManagerBeispielburg);
        var musterstadt = await factory.LoginThroughFormAsync(WerkstattWebFactory.ManagerMusterstadt);

        // Beispielburg has not voted in the demo's running vote, Musterstadt has.
        var own = await beispielburg.GetHtmlAsync("/");
        var vote = TaskLink(own, "Abstimmen");
        Assert.Matches("^/Werkstaetten/[0-9a-f-]{36}/Abstimmung$", vote);
        Assert.Contains("Fällig bis:", PageClient.Text(own), StringComparison.Ordinal);
        Assert.Contains("Punkte", PageClient.Text(await beispielburg.GetHtmlAsync(vote)), StringComparison.Ordinal);
        var other = await musterstadt.GetHtmlAsync("/");
        Assert.DoesNotContain(">Abstimmen</a>", other, StringComparison.Ordinal);

        // Both still have topics to propose; once Beispielburg proposes one, only Musterstadt has.
        var topics = TaskLink(own, "Themen vorschlagen");
        Assert.Equal(topics, TaskLink(other, "Themen vorschlagen"));
        var proposed = await beispielburg.PostFormAsync(
            topics, new() { ["Input.Title"] = "Fundsachen", ["Input.Description"] = "Fundbüro vom Eingang bis zur Herausgabe.", ["Input.WhyNow"] = "Neue Software im Fundbüro." }, topics + "?handler=Propose");
        Assert.Equal(HttpStatusCode.Redirect, proposed.StatusCode);
        Assert.DoesNotContain(">Themen vorschlagen</a>", await beispielburg.GetHtmlAsync("/"), StringComparison.Ordinal);
        Assert.Contains(">Themen vorschlagen</a>", await musterstadt.GetHtmlAsync("/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_coordinator_opens_the_vote_from_the_tasks_and_sees_who_blocks_the_next_phase_on_the_timeline()
    {
        // Other tests of this class share the demo and may have proposed a topic already, so the task's absence
        // before the proposal is not asserted; its presence after it is.
        var coordinator = await factory.LoginThroughFormAsync(WerkstattWebFactory.Coordinator);
        var kreis = await factory.LoginThroughFormAsync(CycleApi.ManagerKreis);
        var topics = TaskLink(await kreis.GetHtmlAsync("/"), "Themen vorschlagen");
        await kreis.PostFormAsync(topics, new() { ["Input.Title"] = "Bauantrag", ["Input.Description"] = "Vom Eingang bis zum Bescheid.", ["Input.WhyNow"] = "Digitaler Bauantrag kommt." }, topics + "?handler=Propose");

        var home = await coordinator.GetHtmlAsync("/");
        Assert.DoesNotContain(">Abstimmen</a>", home, StringComparison.Ordinal);
        var open = TaskLink(home, "Abstimmung eröffnen");
        var details = PageClient.Text(await coordinator.GetHtmlAsync(open));
        Assert.Contains("Vor der Phase „Abstimmung“", details, StringComparison.Ordinal);
        Assert.Contains("Nichts steht der nächsten Phase im Weg.", details, StringComparison.Ordinal);

        var vote = VotingWerkstatt().Match(home);
        Assert.True(vote.Success, "the coordinator's home lists the Werkstatt in voting");
        var timeline = PageClient.Text(await coordinator.GetHtmlAsync(vote.Groups[1].Value));
        Assert.Contains("Vor der Phase „Prozessauswahl“", timeline, StringComparison.Ordinal);
        Assert.Contains("9 Verwaltungen haben noch nicht abgestimmt", timeline, StringComparison.Ordinal);
        Assert.Matches(@"Abstimmung\s+\(aktuelle Phase\)\s+begonnen am \d\d\.\d\d\.\d{4}\s+geplant bis \d\d\.\d\d\.\d{4}", timeline);
    }

    [Fact]
    public async Task The_network_overview_shows_the_years_werkstaetten_and_refuses_an_implausible_assumption_in_german()
    {
        var manager = await factory.LoginThroughFormAsync(WerkstattWebFactory.ManagerMusterstadt);

        var home = await manager.GetHtmlAsync("/");
        Assert.Contains("href=\"/Netzwerk/Uebersicht\"", home, StringComparison.Ordinal);
        var overview = PageClient.Text(await manager.GetHtmlAsync("/Netzwerk/Uebersicht"));
        Assert.Contains("Netzwerkübersicht", overview, StringComparison.Ordinal);
        Assert.Contains("Geschätzte Einsparung", overview, StringComparison.Ordinal);
        Assert.Contains("Zugeteilt / Kapazität je Verwaltung und Werkstatt", overview, StringComparison.Ordinal); // the demo Werkstatt in quality review has a confirmed assignment

        var refused = PageClient.Text(await manager.GetHtmlAsync("/Netzwerk/Uebersicht?HoursPerProcess=0&ReuseShare=50"));
        Assert.Contains("Bitte Stunden je Prozess zwischen 1 und 1.000 angeben.", refused, StringComparison.Ordinal);
        var tried = await manager.GetHtmlAsync("/Netzwerk/Uebersicht?HoursPerProcess=80&ReuseShare=50");
        Assert.Contains("value=\"80\"", tried, StringComparison.Ordinal);
        Assert.Contains("50 %", PageClient.Text(tried), StringComparison.Ordinal);
    }

    private static string TaskLink(string html, string title)
    {
        var match = Regex.Match(WebUtility.HtmlDecode(html), $"<a class=\"task-link\" href=\"([^\"]+)\">{Regex.Escape(title)}</a>", RegexOptions.None, TimeSpan.FromSeconds(1));
        Assert.True(match.Success, $"no task „{title}“");
        return match.Groups[1].Value;
    }

    [GeneratedRegex("<a href=\"(/Werkstaetten/[0-9a-f-]{36})\">Prozesswerkstatt Digitale Dienste</a>")]
    private static partial Regex VotingWerkstatt();
}
