using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Werkstatt.Browser.Tests.Support;

namespace Werkstatt.Browser.Tests.MyTasks;

/// <summary>"Meine Aufgaben" in the browser: a process manager lands on it, sees the vote due from their member and follows the link.</summary>
public sealed partial class MyTasksTests(BrowserSession browser, WerkstattServer server, ITestOutputHelper output) : IClassFixture<WerkstattServer>
{
    [Fact]
    public async Task Process_manager_lands_on_meine_aufgaben_sees_the_vote_and_follows_its_link()
    {
        await using var context = await browser.NewContextAsync(server);
        var page = await context.NewPageAsync();
        await Pages.LogInAsync(page, WerkstattServer.ManagerBeispielburg);

        var group = page.GetByRole(AriaRole.Region, new() { Name = MainPages.VotingTitle });
        var vote = group.GetByRole(AriaRole.Link, new() { Name = "Abstimmen", Exact = true });
        await Assertions.Expect(vote).ToBeVisibleAsync();
        await Assertions.Expect(group.Locator(".task").Filter(new() { Has = page.GetByRole(AriaRole.Link, new() { Name = "Abstimmen", Exact = true }) }))
            .ToContainTextAsync("Fällig bis:");
        await Axe.AssertNoSeriousViolationsAsync(page, "Meine Aufgaben mit Abstimmung (Prozessmanager:in)", output);

        await vote.ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(VotingUrl());
        await Assertions.Expect(Pages.Heading(page)).ToHaveTextAsync($"Abstimmung: {MainPages.VotingTitle}");
    }

    [GeneratedRegex("/Werkstaetten/[0-9a-f-]{36}/Abstimmung$")]
    private static partial Regex VotingUrl();
}
