using System.Globalization;
using Microsoft.Playwright;
using Werkstatt.Browser.Tests.Support;

namespace Werkstatt.Browser.Tests.Keyboard;

/// <summary>The pages work with the keyboard alone, and the focus is always visible.</summary>
public sealed class KeyboardTests(BrowserSession browser, WerkstattServer server) : IClassFixture<WerkstattServer>
{
    [Fact]
    public async Task Coordinator_logs_in_plans_a_werkstatt_and_opens_topic_collection_with_the_keyboard_alone()
    {
        await using var context = await browser.NewContextAsync(server);
        var page = await context.NewPageAsync();
        var keys = page.Keyboard;
        await page.GotoAsync("/Anmelden");

        await KeyboardUser.TabToAsync(page, page.GetByLabel("E-Mail-Adresse"), "the e-mail field");
        await keys.TypeAsync(WerkstattServer.Coordinator);
        await KeyboardUser.TabToAsync(page, page.GetByLabel("Passwort"), "the password field");
        await keys.TypeAsync(WerkstattServer.DemoPassword);
        await keys.PressAsync("Enter");
        await Assertions.Expect(Pages.Heading(page)).ToHaveTextAsync("Meine Aufgaben");

        await KeyboardUser.TabToAsync(page, page.GetByRole(AriaRole.Link, new() { Name = "Werkstätten", Exact = true }), "the menu item Werkstätten");
        await keys.PressAsync("Enter");
        await Assertions.Expect(Pages.Heading(page)).ToHaveTextAsync("Werkstätten");
        await KeyboardUser.TabToAsync(page, page.GetByRole(AriaRole.Link, new() { Name = "Neue Werkstatt planen" }), "the link Neue Werkstatt planen");
        await keys.PressAsync("Enter");
        await Assertions.Expect(Pages.Heading(page)).ToHaveTextAsync("Neue Werkstatt planen");

        var firstDay = Pages.FutureTuesday(weeksAhead: 60);
        await KeyboardUser.TabToAsync(page, page.GetByLabel("Erster Werkstatttag"), "the first workshop day");
        await KeyboardUser.TypeDateAsync(page, firstDay);
        await Assertions.Expect(page.GetByLabel("Erster Werkstatttag")).ToHaveValueAsync(firstDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await KeyboardUser.ChooseAsync(page, "Input.Days", "2");
        await KeyboardUser.TabToAsync(page, page.GetByLabel("Titel (optional)"), "the title");
        await keys.TypeAsync("Tastatur-Werkstatt");
        await KeyboardUser.ChooseAsync(page, "Input.Format", "InPerson");
        await KeyboardUser.TabToAsync(page, page.GetByLabel("Adresse (bei Präsenz)"), "the address");
        await keys.TypeAsync("Rathaus Musterstadt");
        await KeyboardUser.TabToAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Werkstatt planen" }), "the button Werkstatt planen");
        await keys.PressAsync("Enter");

        await Assertions.Expect(page).ToHaveURLAsync(Pages.WerkstattUrl);
        await Assertions.Expect(Pages.Heading(page)).ToHaveTextAsync("Tastatur-Werkstatt");
        await Assertions.Expect(Pages.CurrentPhase(page)).ToContainTextAsync("Entwurf");
        await KeyboardUser.TabToAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Weiter zur Phase „Themensammlung“" }), "the button to the next phase");
        await keys.PressAsync("Enter");

        await Assertions.Expect(Pages.CurrentPhase(page)).ToContainTextAsync("Themensammlung");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Weiter zur Phase „Abstimmung“" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task The_skip_link_is_the_first_tab_stop_and_moves_the_focus_to_the_content()
    {
        await using var context = await browser.NewContextAsync(server, WerkstattServer.ManagerMusterstadt);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/Werkstaetten");

        await page.Keyboard.PressAsync("Tab");

        var skip = page.GetByRole(AriaRole.Link, new() { Name = "Zum Inhalt springen" });
        Assert.True(await skip.EvaluateAsync<bool>("e => e === document.activeElement"), "the first Tab does not reach the skip link");
        await KeyboardUser.AssertFocusVisibleAsync(page);
        await page.Keyboard.PressAsync("Enter");
        Assert.True(await page.Locator("main").EvaluateAsync<bool>("e => e === document.activeElement"), "the skip link does not move the focus to the content");
        await KeyboardUser.TabToAsync(page, page.GetByRole(AriaRole.Link, new() { Name = MainPages.RunningTitle }), "the first Werkstatt in the list");
    }
}
