using System.Globalization;
using Microsoft.Playwright;
using Werkstatt.Browser.Tests.Support;

namespace Werkstatt.Browser.Tests.NoScript;

/// <summary>Every core form works with JavaScript switched off: the pages are plain HTML forms, scripts may only enhance.</summary>
public sealed class WithoutJavaScriptTests(BrowserSession browser, WerkstattServer server) : IClassFixture<WerkstattServer>
{
    [Fact]
    public async Task Coordinator_logs_in_plans_a_werkstatt_and_opens_topic_collection_without_javascript()
    {
        await using var context = await browser.NewContextAsync(server, javaScript: false);
        var page = await context.NewPageAsync();
        await LogInAsync(page, WerkstattServer.Coordinator);

        await page.GetByRole(AriaRole.Link, new() { Name = "Werkstätten", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Neue Werkstatt planen" }).ClickAsync();
        await page.GetByLabel("Erster Werkstatttag").FillAsync(Pages.FutureTuesday(weeksAhead: 70).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Radio, new() { Name = "ein Tag" }).CheckAsync();
        await page.GetByLabel("Titel (optional)").FillAsync("Ohne Skript");
        await page.GetByRole(AriaRole.Radio, new() { Name = "Online" }).CheckAsync();
        await page.GetByLabel("Link zum Meeting (bei Online)").FillAsync("https://meeting.example/ohne-skript");
        await page.GetByRole(AriaRole.Button, new() { Name = "Werkstatt planen" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(Pages.WerkstattUrl);
        await Assertions.Expect(Pages.Heading(page)).ToHaveTextAsync("Ohne Skript");
        await page.GetByRole(AriaRole.Button, new() { Name = "Weiter zur Phase „Themensammlung“" }).ClickAsync();
        await Assertions.Expect(Pages.CurrentPhase(page)).ToContainTextAsync("Themensammlung");
    }

    [Fact]
    public async Task Process_manager_changes_their_own_member_and_logs_out_without_javascript()
    {
        await using var context = await browser.NewContextAsync(server, javaScript: false);
        var page = await context.NewPageAsync();
        await LogInAsync(page, WerkstattServer.ManagerMusterstadt);

        await page.GetByRole(AriaRole.Link, new() { Name = "Verwaltungen", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = MainPages.OwnMember, Exact = true }).ClickAsync();
        await page.GetByLabel("Beschäftigte").FillAsync("615");
        await page.GetByRole(AriaRole.Button, new() { Name = "Speichern" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Die Angaben sind gespeichert.");
        await Assertions.Expect(page.GetByLabel("Beschäftigte")).ToHaveValueAsync("615");
        await page.GetByRole(AriaRole.Button, new() { Name = "Abmelden" }).ClickAsync();
        await Assertions.Expect(Pages.Heading(page)).ToHaveTextAsync("Anmelden");
        await page.GotoAsync("/Verwaltung/Mitglieder");
        await Assertions.Expect(page).ToHaveURLAsync(Pages.LoginUrl);
    }

    private static async Task LogInAsync(IPage page, string email)
    {
        await page.GotoAsync("/");
        await Assertions.Expect(page).ToHaveURLAsync(Pages.LoginUrl);
        await Pages.LogInAsync(page, email);
    }
}
