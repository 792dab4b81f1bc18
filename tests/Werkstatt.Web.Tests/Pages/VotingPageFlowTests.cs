using System.Net;
using System.Text.RegularExpressions;
using Werkstatt.Web.Tests.Support;

namespace Werkstatt.Web.Tests.Pages;

/// <summary>Topics, vote, result, processes and assignment through the German pages: form posts with antiforgery tokens, no JavaScript.</summary>
public sealed partial class VotingPageFlowTests(WerkstattWebFactory factory) : IClassFixture<WerkstattWebFactory>
{
    [Fact]
    public async Task From_a_proposal_to_a_confirmed_assignment_through_the_pages()
    {
        var api = await factory.LoginAsync(WerkstattWebFactory.Coordinator);
        var id = await CycleApi.PlanAsync(api, "Werkstatt über die Seiten", 7);
        var w = $"/Werkstaetten/{id}";
        await CycleApi.MoveAsync(api, id, "TopicCollection");
        var coordinator = await factory.LoginThroughFormAsync(WerkstattWebFactory.Coordinator);
        var manager = await factory.LoginThroughFormAsync(WerkstattWebFactory.ManagerMusterstadt);

        Assert.Contains($"href=\"{w}/Themen\"", await coordinator.GetHtmlAsync(w), StringComparison.Ordinal);
        var empty = await manager.PostFormAsync($"{w}/Themen", new() { ["Input.Title"] = "", ["Input.Description"] = "", ["Input.WhyNow"] = "" }, $"{w}/Themen?handler=Propose");
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.Contains("Bitte einen Titel angeben.", Flat(await empty.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        await Redirected(manager.PostFormAsync($"{w}/Themen", Topic("Wohnsitzanmeldung"), $"{w}/Themen?handler=Propose"));
        await Redirected(coordinator.PostFormAsync($"{w}/Themen", Topic("Ummeldung"), $"{w}/Themen?handler=Propose"));
        var topics = await coordinator.GetHtmlAsync($"{w}/Themen");
        var merge = MergeForm().Match(topics);
        Assert.True(merge.Success, "the coordinator sees a merge form");
        await Redirected(coordinator.PostFormAsync($"{w}/Themen", new() { ["topicId"] = merge.Groups[1].Value, ["version"] = merge.Groups[2].Value, ["into"] = merge.Groups[3].Value }, $"{w}/Themen?handler=Merge"));
        Assert.Contains("zusammengeführt", Flat(await coordinator.GetHtmlAsync($"{w}/Themen")), StringComparison.Ordinal);

        await CycleApi.MoveAsync(api, id, "Voting");
        var ballot = await manager.GetHtmlAsync($"{w}/Abstimmung");
        Assert.Contains("Noch 3 von 3 Punkten frei", Flat(ballot), StringComparison.Ordinal);
        var topic = DotsField().Match(ballot).Groups[1].Value;
        var tooMany = await manager.PostFormAsync($"{w}/Abstimmung", new() { [$"Dots[{topic}]"] = "3", ["ballotVersion"] = "0" }, $"{w}/Abstimmung?handler=Cast");
        Assert.Contains("höchstens 2 Punkte pro Thema", Flat(await tooMany.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        await Redirected(manager.PostFormAsync($"{w}/Abstimmung", new() { [$"Dots[{topic}]"] = "2", ["ballotVersion"] = "0" }, $"{w}/Abstimmung?handler=Cast"));
        Assert.Contains("Noch 1 von 3 Punkten frei", Flat(await manager.GetHtmlAsync($"{w}/Abstimmung")), StringComparison.Ordinal);
        var voting = await coordinator.GetHtmlAsync($"{w}/Abstimmung");
        Assert.Contains("Noch nicht abgestimmt (12)", Flat(voting), StringComparison.Ordinal);
        var closed = await coordinator.PostFormAsync($"{w}/Abstimmung", new() { ["version"] = Version(voting, "Close") }, $"{w}/Abstimmung?handler=Close");
        Assert.Equal($"{w}/Ergebnis", closed.Headers.Location?.OriginalString);
        var result = Flat(await manager.GetHtmlAsync($"{w}/Ergebnis"));
        Assert.Contains("Stadt Musterstadt", result, StringComparison.Ordinal);
        Assert.Contains("gewählt", result, StringComparison.Ordinal);

        await CycleApi.MoveAsync(api, id, "ProcessSelection");
        await Redirected(coordinator.PostFormAsync($"{w}/Prozesse", new()
        {
            ["Input.TopicId"] = topic, ["Input.Name"] = "Wohnsitz anmelden", ["Input.LeikaKey"] = "99115005000000", ["Input.ModellersNeeded"] = "1", ["Input.Levels"] = "Stadt",
        }));
        Assert.Contains("Wohnsitz anmelden", Flat(await manager.GetHtmlAsync($"{w}/Prozesse")), StringComparison.Ordinal);

        await CycleApi.MoveAsync(api, id, "Assignment");
        await Redirected(manager.PostFormAsync($"{w}/Zuteilung", new() { ["Capacity"] = "1", ["version"] = "0" }, $"{w}/Zuteilung?handler=Capacity"));
        var offer = await manager.GetHtmlAsync($"{w}/Zuteilung");
        var process = ClaimForm().Match(offer);
        await Redirected(manager.PostFormAsync($"{w}/Zuteilung", new() { ["processId"] = process.Groups[1].Value, ["version"] = process.Groups[2].Value }, $"{w}/Zuteilung?handler=Claim"));
        Assert.Contains("Meldung zurückziehen", await manager.GetHtmlAsync($"{w}/Zuteilung"), StringComparison.Ordinal);

        var board = await coordinator.GetHtmlAsync($"{w}/Zuteilung");
        await Redirected(coordinator.PostFormAsync($"{w}/Zuteilung", new() { ["version"] = Version(board, "Solve") }, $"{w}/Zuteilung?handler=Solve"));
        board = await coordinator.GetHtmlAsync($"{w}/Zuteilung");
        Assert.Contains("zugeteilt (Meldung)", Flat(board), StringComparison.Ordinal);
        var kreis = Regex.Match(board, "<option value=\"([0-9a-f-]{36})\">Kreis Musterland</option>").Groups[1].Value;
        var cell = new Dictionary<string, string> { ["Override.ProcessId"] = process.Groups[1].Value, ["Override.MemberId"] = kreis, ["Override.Assign"] = "true", ["version"] = Version(board, "Override") };
        var refused = await coordinator.PostFormAsync($"{w}/Zuteilung", cell, $"{w}/Zuteilung?handler=Override");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("verletzt eine feste Regel", Flat(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        cell["Override.ConfirmViolation"] = "true";
        await Redirected(coordinator.PostFormAsync($"{w}/Zuteilung", cell, $"{w}/Zuteilung?handler=Override"));
        board = await coordinator.GetHtmlAsync($"{w}/Zuteilung");
        Assert.Contains("bewusst gegen die Regeln", Flat(board), StringComparison.Ordinal);
        await Redirected(coordinator.PostFormAsync($"{w}/Zuteilung", new() { ["version"] = Version(board, "Confirm") }, $"{w}/Zuteilung?handler=Confirm"));
        Assert.Contains("Ihre Verwaltung modelliert: Wohnsitz anmelden", Flat(await manager.GetHtmlAsync($"{w}/Zuteilung")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_process_manager_sees_no_coordination_forms_and_cannot_post_them()
    {
        var api = await factory.LoginAsync(WerkstattWebFactory.Coordinator);
        var id = await CycleApi.PlanAsync(api, "Nur Koordination", 14);
        await CycleApi.MoveAsync(api, id, "TopicCollection");
        await CycleApi.MoveAsync(api, id, "Voting");
        var manager = await factory.LoginThroughFormAsync(WerkstattWebFactory.ManagerMusterstadt);
        var w = $"/Werkstaetten/{id}";

        var html = await manager.GetHtmlAsync($"{w}/Abstimmung");
        var close = await manager.PostFormAsync($"{w}/Abstimmung", new() { ["version"] = "0" }, $"{w}/Abstimmung?handler=Close");
        var solve = await manager.PostFormAsync($"{w}/Zuteilung", new() { ["version"] = "0" }, $"{w}/Zuteilung?handler=Solve");

        Assert.DoesNotContain("Abstimmung schließen", html, StringComparison.Ordinal);
        Assert.Equal("/ZugriffVerweigert", close.Headers.Location?.AbsolutePath);
        Assert.Equal("/ZugriffVerweigert", solve.Headers.Location?.AbsolutePath);
    }

    private static string Flat(string html) => Regex.Replace(PageClient.Text(html), "\\s+", " ");

    private static Dictionary<string, string> Topic(string title) =>
        new() { ["Input.Title"] = title, ["Input.Description"] = $"Beschreibung: {title}", ["Input.WhyNow"] = "Viele Anfragen im Bürgerbüro." };

    private static async Task Redirected(Task<HttpResponseMessage> post)
    {
        var response = await post;
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{(int)response.StatusCode}: {Flat(await response.Content.ReadAsStringAsync())}");
    }

    private static string Version(string html, string handler)
    {
        var match = Regex.Match(html, $"handler={handler}\"[^>]*>.*?name=\"version\" value=\"(\\d+)\"", RegexOptions.Singleline);
        Assert.True(match.Success, $"no {handler} form");
        return match.Groups[1].Value;
    }

    [GeneratedRegex("name=\"topicId\" value=\"([0-9a-f-]{36})\" />\\s*<input type=\"hidden\" name=\"version\" value=\"(\\d+)\" />.*?<option value=\"([0-9a-f-]{36})\"", RegexOptions.Singleline)]
    private static partial Regex MergeForm();

    [GeneratedRegex("name=\"Dots\\[([0-9a-f-]{36})\\]\"")]
    private static partial Regex DotsField();

    [GeneratedRegex("name=\"processId\" value=\"([0-9a-f-]{36})\" />\\s*<input type=\"hidden\" name=\"version\" value=\"(\\d+)\" />\\s*<button type=\"submit\">Übernehmen wir")]
    private static partial Regex ClaimForm();
}
