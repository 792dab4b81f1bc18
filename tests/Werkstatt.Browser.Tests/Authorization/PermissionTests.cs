using Microsoft.Playwright;
using Werkstatt.Browser.Tests.Support;

namespace Werkstatt.Browser.Tests.Authorization;

/// <summary>A process manager acts for one member only: in the browser too, other members' and coordinators' pages and forms are refused.</summary>
public sealed class PermissionTests(BrowserSession browser, WerkstattServer server) : IClassFixture<WerkstattServer>
{
    [Theory]
    [InlineData(MainPages.PlanOne)]
    [InlineData(MainPages.PlanYear)]
    [InlineData(MainPages.EditDates)]
    [InlineData(MainPages.Network)]
    public async Task Process_manager_opening_a_coordinator_page_gets_the_no_permission_page(string name)
    {
        await using var context = await browser.NewContextAsync(server, WerkstattServer.ManagerMusterstadt);
        var page = await context.NewPageAsync();

        await page.GotoAsync(await MainPages.UrlAsync(page, server, name));

        await Assertions.Expect(page).ToHaveURLAsync(Pages.DeniedUrl);
        await Assertions.Expect(Pages.Heading(page)).ToHaveTextAsync(MainPages.Denied);
    }

    [Fact]
    public async Task Process_manager_sees_another_members_page_read_only_and_a_crafted_post_changes_nothing()
    {
        await using var context = await browser.NewContextAsync(server, WerkstattServer.ManagerMusterstadt);
        var page = await context.NewPageAsync();
        await MainPages.OpenAsync(page, server, MainPages.OtherMember);
        var url = page.Url;
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Speichern" })).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator(".facts")).ToContainTextAsync("41.500");

        await Pages.PostCraftedFormAsync(page, new Uri(url).AbsolutePath, new Dictionary<string, string>
        {
            ["Input.Name"] = "Stadt Beispielburg (übernommen)",
            ["Input.Level"] = "Stadt",
            ["Input.Population"] = "1",
            ["Input.StaffCount"] = "1",
            ["Input.Version"] = "0",
        });

        await Assertions.Expect(Pages.Heading(page)).ToHaveTextAsync(MainPages.Denied);
        await using var coordinator = await browser.NewContextAsync(server, WerkstattServer.Coordinator);
        var check = await coordinator.NewPageAsync();
        await check.GotoAsync(url);
        await Assertions.Expect(check.GetByLabel("Einwohner")).ToHaveValueAsync("41500");
        await Assertions.Expect(Pages.Heading(check)).ToHaveTextAsync(MainPages.OtherMember);
    }

    [Fact]
    public async Task Process_manager_crafting_a_phase_change_in_the_browser_gets_the_no_permission_page_and_the_phase_stays()
    {
        await using var context = await browser.NewContextAsync(server, WerkstattServer.ManagerMusterstadt);
        var page = await context.NewPageAsync();
        await MainPages.OpenAsync(page, server, MainPages.Draft);
        var path = new Uri(page.Url).AbsolutePath;
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Weiter zur Phase „Themensammlung“" })).ToHaveCountAsync(0);

        await Pages.PostCraftedFormAsync(page, $"{path}?handler=Move", new Dictionary<string, string> { ["Target"] = "TopicCollection", ["Version"] = "0" });

        await Assertions.Expect(Pages.Heading(page)).ToHaveTextAsync(MainPages.Denied);
        await page.GotoAsync(path);
        await Assertions.Expect(Pages.CurrentPhase(page)).ToContainTextAsync("Entwurf");
    }
}
