using Microsoft.Playwright;
using Werkstatt.Browser.Tests.Support;

namespace Werkstatt.Browser.Tests.Accessibility;

/// <summary>axe-core on every main page and on the states a form can be in (BITV 2.0 / WCAG 2.1 AA).</summary>
public sealed class AccessibilityTests(BrowserSession browser, WerkstattServer server, ITestOutputHelper output) : IClassFixture<WerkstattServer>
{
    public static TheoryData<string, string> MainPagesByRole => MainPages.ByRole();

    [Theory]
    [MemberData(nameof(MainPagesByRole))]
    public async Task Main_page_has_no_serious_or_critical_accessibility_violations(string role, string name)
    {
        await using var context = await browser.NewContextAsync(server, MainPages.EmailOf(role));
        var page = await context.NewPageAsync();

        await MainPages.OpenAsync(page, server, name);

        await Axe.AssertNoSeriousViolationsAsync(page, $"{name} ({role})", output);
    }

    [Fact]
    public async Task Login_page_and_a_failed_login_have_no_serious_or_critical_accessibility_violations()
    {
        await using var context = await browser.NewContextAsync(server);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/Anmelden");
        await Axe.AssertNoSeriousViolationsAsync(page, "Anmelden", output);

        await page.GetByLabel("E-Mail-Adresse").FillAsync(WerkstattServer.Coordinator);
        await page.GetByLabel("Passwort").FillAsync("falsch-falsch-falsch");
        await page.GetByRole(AriaRole.Button, new() { Name = "Anmelden" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).Not.ToBeEmptyAsync();
        await Axe.AssertNoSeriousViolationsAsync(page, "Anmelden mit Fehler", output);
    }

    [Fact]
    public async Task Forms_with_errors_results_and_a_cancelled_werkstatt_have_no_serious_or_critical_accessibility_violations()
    {
        await using var context = await browser.NewContextAsync(server, WerkstattServer.Coordinator);
        var page = await context.NewPageAsync();

        // Models due no earlier than the pre-read goes out: the server refuses and shows why next to the field.
        await page.GotoAsync(await MainPages.UrlAsync(page, server, MainPages.EditDates));
        var preRead = await page.GetByLabel("Versand der Vorabunterlagen").InputValueAsync();
        await page.GetByLabel("Abgabe der Modelle").FillAsync(preRead);
        await page.GetByRole(AriaRole.Button, new() { Name = "Speichern" }).ClickAsync();
        await Assertions.Expect(page.Locator(".field-error").Filter(new() { HasText = "muss vor" })).ToBeVisibleAsync();
        await Axe.AssertNoSeriousViolationsAsync(page, "Termine bearbeiten mit Fehlern", output);

        await page.GotoAsync("/Werkstaetten/Jahr");
        await page.GetByLabel("Jahr", new() { Exact = true }).FillAsync((TimeProvider.System.GetUtcNow().Year + 2).ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Radio, new() { Name = "Online" }).CheckAsync();
        await page.GetByLabel("Link zum Meeting (bei Online)").FillAsync("https://meeting.example/werkstatt");
        await page.GetByRole(AriaRole.Button, new() { Name = "Werkstätten für das Jahr anlegen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Ergebnis für" })).ToBeVisibleAsync();
        await Axe.AssertNoSeriousViolationsAsync(page, "Jahr planen mit Ergebnis", output);

        await page.GotoAsync(await MainPages.UrlAsync(page, server, MainPages.Draft));
        await page.GetByLabel("Grund der Absage").FillAsync("Der Saal ist nicht verfügbar.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Werkstatt absagen" }).ClickAsync();
        await Assertions.Expect(Pages.CurrentPhase(page)).ToContainTextAsync("Abgesagt");
        await Axe.AssertNoSeriousViolationsAsync(page, "abgesagte Werkstatt", output);
    }

    [Fact]
    public async Task The_check_finds_a_missing_label_and_too_little_contrast()
    {
        await using var context = await browser.NewContextAsync(server);
        var page = await context.NewPageAsync();
        await page.SetContentAsync("<html lang=de><title>Probe</title><main><h1>Probe</h1><input type=text><p style='color:#bbb'>blass</p></main></html>");

        var violations = await Axe.RunAsync(page);

        Assert.Contains(violations, v => v.Id == "label" && v.Impact == "critical");
        Assert.Contains(violations, v => v.Id == "color-contrast" && v.Impact == "serious" && v.Targets.Contains("p"));
    }

    [Fact]
    public async Task Page_not_found_has_no_serious_or_critical_accessibility_violations()
    {
        await using var context = await browser.NewContextAsync(server, WerkstattServer.Coordinator);
        var page = await context.NewPageAsync();

        var response = await page.GotoAsync($"/Werkstaetten/{Guid.NewGuid()}");

        Assert.Equal(404, response?.Status);
        await Assertions.Expect(Pages.Heading(page)).ToHaveTextAsync("Seite nicht gefunden");
        await Axe.AssertNoSeriousViolationsAsync(page, "Seite nicht gefunden", output);
    }
}
