using System.Globalization;
using Microsoft.Playwright;
using Werkstatt.Browser.Tests.Support;

namespace Werkstatt.Browser.Tests.Cycle;

/// <summary>The steps before modelling: the plan, topics, votes, derived processes, capacities and claims, the confirmed assignment.</summary>
public sealed partial class WholeCycleTests
{
    private static async Task<string> PlanAsync(IPage page, DateOnly firstDay)
    {
        await page.GotoAsync("/Werkstaetten");
        await page.GetByRole(AriaRole.Link, new() { Name = "Neue Werkstatt planen" }).ClickAsync();
        await page.GetByLabel("Erster Werkstatttag").FillAsync(firstDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.GetByLabel("ein Tag").CheckAsync();
        await page.GetByLabel("Titel (optional)").FillAsync(Title);
        await page.GetByLabel("Präsenz (vor Ort, mit Adresse)").CheckAsync();
        await page.GetByLabel("Adresse (bei Präsenz)").FillAsync("Kreishaus Musterland, Sitzungssaal 1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Werkstatt planen" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(Pages.WerkstattUrl);
        await Assertions.Expect(Pages.Heading(page)).ToHaveTextAsync(Title);
        return new Uri(page.Url).AbsolutePath;
    }

    // From „Meine Aufgaben“, with one click, as the issue promises.
    private static async Task ProposeAsync(IPage page, string title, string description, string whyNow)
    {
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Region, new() { Name = Title }).GetByRole(AriaRole.Link, new() { Name = "Themen vorschlagen" }).ClickAsync();
        await page.GetByLabel("Titel").FillAsync(title);
        await page.GetByLabel("Beschreibung").FillAsync(description);
        await page.GetByLabel("Warum jetzt?").FillAsync(whyNow);
        await page.GetByRole(AriaRole.Button, new() { Name = "Thema vorschlagen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Table)).ToContainTextAsync(title);
    }

    private static async Task VoteAsync(IPage page, params (string Topic, int Dots)[] votes)
    {
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Region, new() { Name = Title }).GetByRole(AriaRole.Link, new() { Name = "Abstimmen", Exact = true }).ClickAsync();
        foreach (var (topic, dots) in votes)
        {
            await page.GetByLabel($"Punkte für „{topic}“").FillAsync(dots.ToString(CultureInfo.InvariantCulture));
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Stimmen speichern" }).ClickAsync();
        await Assertions.Expect(page.Locator("#punkte-frei")).ToContainTextAsync("Noch 0 von 3 Punkten");
    }

    private static async Task DeriveAsync(IPage page, string werkstatt, string topic, string name, string modellers)
    {
        await page.GotoAsync(werkstatt + "/Prozesse");
        var select = page.GetByLabel("Aus dem Thema");
        var option = select.Locator("option").Filter(new() { HasText = topic });
        await select.SelectOptionAsync(new SelectOptionValue { Value = await option.GetAttributeAsync("value") });
        await page.GetByLabel("Name des Prozesses").FillAsync(name);
        await page.GetByLabel("Modellierende Verwaltungen").SelectOptionAsync(modellers);
        await page.GetByLabel("Kreis", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Stadt", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Prozess ableiten" }).ClickAsync();
        await Assertions.Expect(page.Locator(".notice[role=status]")).ToContainTextAsync($"Der Prozess „{name}“ ist abgeleitet.");
    }

    private static async Task OfferAsync(IPage page, string? claim)
    {
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Region, new() { Name = Title }).GetByRole(AriaRole.Link, new() { Name = "Kapazität melden und Prozesse wählen" }).ClickAsync();
        await page.GetByLabel("Wie viele Prozesse kann Ihre Verwaltung in dieser Werkstatt modellieren?").FillAsync("1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Kapazität speichern" }).ClickAsync();
        await Assertions.Expect(page.Locator("section[aria-labelledby=angebot] > p").Filter(new() { HasText = "Kapazität:" })).ToContainTextAsync("Kapazität: 1 Prozess, davon 0 gemeldet");
        if (claim is null)
        {
            return;
        }

        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = claim });
        await row.GetByRole(AriaRole.Button, new() { Name = "Übernehmen wir" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = claim })).ToContainTextAsync("gemeldet");
    }

    private static async Task ConfirmAssignmentAsync(IPage page, string werkstatt)
    {
        await page.GotoAsync(werkstatt + "/Zuteilung");
        await page.GetByRole(AriaRole.Button, new() { Name = "Vorschlag berechnen" }).ClickAsync();
        await Assertions.Expect(page.Locator("#uebersicht ~ p")).ToContainTextAsync("3 Plätze besetzt");
        await page.GetByRole(AriaRole.Button, new() { Name = "Zuteilung bestätigen" }).ClickAsync();
        await Assertions.Expect(page.Locator("section[aria-labelledby=uebersicht] .notice")).ToContainTextAsync("Bestätigt am");
    }
}
