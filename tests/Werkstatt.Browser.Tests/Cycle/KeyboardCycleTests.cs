using Microsoft.Playwright;
using Werkstatt.Browser.Tests.Support;

namespace Werkstatt.Browser.Tests.Cycle;

/// <summary>
/// The cycle from the plan to the confirmed assignment once more, with the keyboard alone: Tab, Shift+Tab, Enter,
/// Space and the arrow keys, no click. At every stop the focus must be visible (see <see cref="KeyboardUser"/>).
/// </summary>
public sealed class KeyboardCycleTests(BrowserSession browser, CycleServer server, ITestOutputHelper output) : IClassFixture<CycleServer>
{
    private const string Title = "Tastatur-Werkstatt im Durchlauf";
    private const string Topic = "Bewohnerparken";
    private const string Process = "Bewohnerparkausweis beantragen";

    [Fact]
    public async Task Coordinator_and_process_manager_take_a_werkstatt_to_the_confirmed_assignment_with_the_keyboard_alone()
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        var coordinator = await PageOfAsync(WerkstattServer.Coordinator);
        var manager = await PageOfAsync(WerkstattServer.ManagerMusterstadt);

        await coordinator.GotoAsync("/");
        await FollowAsync(coordinator, "Werkstätten", "Werkstätten");
        await FollowAsync(coordinator, "Neue Werkstatt planen", "Neue Werkstatt planen");
        var firstDay = DateOnly.FromDateTime(server.Clock.GetUtcNow().UtcDateTime).AddDays(7 * 14);
        await KeyboardUser.TabToAsync(coordinator, coordinator.GetByLabel("Erster Werkstatttag"), "the first workshop day");
        await KeyboardUser.TypeDateAsync(coordinator, firstDay);
        await KeyboardUser.ChooseAsync(coordinator, "Input.Days", "1");
        await TypeIntoAsync(coordinator, coordinator.GetByLabel("Titel (optional)"), Title);
        await KeyboardUser.ChooseAsync(coordinator, "Input.Format", "Online");
        await TypeIntoAsync(coordinator, coordinator.GetByLabel("Link zum Meeting (bei Online)"), "https://meet.example/tastatur");
        await PressAsync(coordinator, "Werkstatt planen");
        await Assertions.Expect(Pages.Heading(coordinator)).ToHaveTextAsync(Title);
        var werkstatt = new Uri(coordinator.Url).AbsolutePath;
        await MoveAsync(coordinator, "Themensammlung");

        await manager.GotoAsync("/");
        await FollowTaskAsync(manager, "Themen vorschlagen");
        await TypeIntoAsync(manager, manager.GetByLabel("Titel"), Topic);
        await TypeIntoAsync(manager, manager.GetByLabel("Beschreibung"), "Ausweise für Anwohnende ohne Gang ins Rathaus");
        await TypeIntoAsync(manager, manager.GetByLabel("Warum jetzt?"), "Die Zonen werden erweitert.");
        await PressAsync(manager, "Thema vorschlagen");
        await Assertions.Expect(manager.GetByRole(AriaRole.Table)).ToContainTextAsync(Topic);

        await coordinator.GotoAsync(werkstatt);
        await MoveAsync(coordinator, "Abstimmung");

        await manager.GotoAsync("/");
        await FollowTaskAsync(manager, "Abstimmen");
        var dots = manager.GetByLabel($"Punkte für „{Topic}“");
        await KeyboardUser.TabToAsync(manager, dots, "the dots for the topic");
        await manager.Keyboard.PressAsync("ArrowUp");
        await manager.Keyboard.PressAsync("ArrowUp");
        await Assertions.Expect(dots).ToHaveValueAsync("2");
        await PressAsync(manager, "Stimmen speichern");
        await Assertions.Expect(manager.Locator("#punkte-frei")).ToContainTextAsync("Noch 1 von 3 Punkten");

        // Back with Shift+Tab: from the content to the cycle's navigation, to the Werkstatt.
        await coordinator.GotoAsync(werkstatt);
        await FollowAsync(coordinator, "Abstimmung", $"Abstimmung: {Title}");
        await PressAsync(coordinator, "Abstimmung schließen");
        await Assertions.Expect(coordinator.Locator(".notice[role=status]")).ToContainTextAsync("Die Abstimmung ist geschlossen");
        await ShiftTabToAsync(coordinator, coordinator.GetByRole(AriaRole.Link, new() { Name = "Zur Werkstatt" }));
        await coordinator.Keyboard.PressAsync("Enter");
        await Assertions.Expect(Pages.Heading(coordinator)).ToHaveTextAsync(Title);
        await MoveAsync(coordinator, "Prozessauswahl");

        await FollowAsync(coordinator, "Prozesse", $"Prozesse: {Title}");
        await TypeIntoAsync(coordinator, coordinator.GetByLabel("Name des Prozesses"), Process);
        await KeyboardUser.TabToAsync(coordinator, coordinator.GetByLabel("Stadt", new() { Exact = true }), "the level Stadt");
        await coordinator.Keyboard.PressAsync("Space");
        await Assertions.Expect(coordinator.GetByLabel("Stadt", new() { Exact = true })).ToBeCheckedAsync();
        await PressAsync(coordinator, "Prozess ableiten");
        await Assertions.Expect(coordinator.Locator(".notice[role=status]")).ToContainTextAsync($"Der Prozess „{Process}“ ist abgeleitet.");
        await coordinator.GotoAsync(werkstatt);
        await MoveAsync(coordinator, "Zuteilung");

        await manager.GotoAsync("/");
        await FollowTaskAsync(manager, "Kapazität melden und Prozesse wählen");
        await TypeIntoAsync(manager, manager.GetByLabel("Wie viele Prozesse kann Ihre Verwaltung in dieser Werkstatt modellieren?"), "1");
        await PressAsync(manager, "Kapazität speichern");
        await Assertions.Expect(manager.Locator("section[aria-labelledby=angebot] > p").Filter(new() { HasText = "Kapazität:" })).ToContainTextAsync("Kapazität: 1 Prozess, davon 0 gemeldet");
        await PressAsync(manager, "Übernehmen wir");
        await Assertions.Expect(manager.GetByRole(AriaRole.Row).Filter(new() { HasText = Process })).ToContainTextAsync("gemeldet");

        await coordinator.GotoAsync(werkstatt);
        await FollowAsync(coordinator, "Zuteilung", $"Zuteilung: {Title}");
        await PressAsync(coordinator, "Vorschlag berechnen");
        await Assertions.Expect(coordinator.Locator("#uebersicht ~ p")).ToContainTextAsync("1 Platz besetzt");
        await PressAsync(coordinator, "Zuteilung bestätigen");
        await Assertions.Expect(coordinator.Locator("section[aria-labelledby=uebersicht] .notice")).ToContainTextAsync("Bestätigt am");
        await coordinator.GotoAsync(werkstatt);
        await MoveAsync(coordinator, "Modellierung");
        output.WriteLine($"keyboard pass: {started.Elapsed.TotalSeconds:0.0} s");
    }

    private async Task<IPage> PageOfAsync(string email)
    {
        var context = await browser.NewContextAsync(server, email);
        return await context.NewPageAsync();
    }

    private static async Task FollowAsync(IPage page, string link, string heading)
    {
        await KeyboardUser.TabToAsync(page, page.GetByRole(AriaRole.Link, new() { Name = link, Exact = true }).First, $"the link {link}");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(Pages.Heading(page)).ToHaveTextAsync(heading);
    }

    // The task in „Meine Aufgaben“ under this Werkstatt (other Werkstätten of the demo have tasks too).
    private static async Task FollowTaskAsync(IPage page, string task)
    {
        var link = page.GetByRole(AriaRole.Region, new() { Name = Title }).GetByRole(AriaRole.Link, new() { Name = task, Exact = true });
        await KeyboardUser.TabToAsync(page, link, $"the task {task}");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync(Title);
    }

    private static async Task TypeIntoAsync(IPage page, ILocator field, string text)
    {
        await KeyboardUser.TabToAsync(page, field, $"the field for {text}");
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.TypeAsync(text);
        await Assertions.Expect(field).ToHaveValueAsync(text);
    }

    private static async Task PressAsync(IPage page, string button)
    {
        await KeyboardUser.TabToAsync(page, page.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }), $"the button {button}");
        await page.Keyboard.PressAsync("Enter");
    }

    private static async Task MoveAsync(IPage page, string phase)
    {
        await PressAsync(page, $"Weiter zur Phase „{phase}“");
        await Assertions.Expect(page.Locator(".facts dd").First).ToHaveTextAsync(phase);
    }

    private static async Task ShiftTabToAsync(IPage page, ILocator target)
    {
        for (var i = 0; i < 60; i++)
        {
            await page.Keyboard.PressAsync("Shift+Tab");
            await KeyboardUser.AssertFocusVisibleAsync(page);
            if (await target.EvaluateAsync<bool>("e => e === document.activeElement"))
            {
                return;
            }
        }

        Assert.Fail("Shift+Tab did not reach the link back to the Werkstatt");
    }
}
