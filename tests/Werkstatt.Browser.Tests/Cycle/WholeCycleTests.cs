using System.Globalization;
using Microsoft.Playwright;
using Werkstatt.Browser.Tests.Support;

namespace Werkstatt.Browser.Tests.Cycle;

/// <summary>
/// One Werkstatt from the plan to the library, through the pages only, with every user in a browser context of their
/// own: the coordinator, three process managers, the reviewer of the consultancy.
/// </summary>
public sealed class WholeCycleTests(BrowserSession browser, CycleServer server, ITestOutputHelper output) : IClassFixture<CycleServer>
{
    private const string Title = "Prozesswerkstatt Gesamtdurchlauf";
    private const string Reviewer = "qs@beratung.example";
    private const string ManagerKreis = "pm@kreis-musterland.example";
    private const string Musterstadt = "Stadt Musterstadt";
    private const string Beispielburg = "Stadt Beispielburg";
    private const string Kreis = "Kreis Musterland";
    private const string DogProcess = "Hund anmelden";
    private const string MoveProcess = "Wohnsitz ummelden";
    private const string ReworkComment = "Bitte die Zuständigkeit des Bürgerbüros als eigene Lane zeigen.";

    [Fact]
    public async Task Coordinator_managers_and_reviewer_walk_a_whole_cycle_from_the_plan_to_the_library()
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        void Lap(string what) => output.WriteLine($"{started.Elapsed.TotalSeconds,5:0.0} s {what}");
        var coordinator = await PageOfAsync(WerkstattServer.Coordinator);
        var musterstadt = await PageOfAsync(WerkstattServer.ManagerMusterstadt);
        var beispielburg = await PageOfAsync(WerkstattServer.ManagerBeispielburg);
        var kreis = await PageOfAsync(ManagerKreis);
        var reviewer = await PageOfAsync(Reviewer);
        var firstDay = Pages.FutureTuesday(weeksAhead: 14);

        var werkstatt = await PlanAsync(coordinator, firstDay);
        await CycleSteps.MoveToAsync(coordinator, werkstatt, "Themensammlung");
        Lap("Themensammlung");

        await ProposeAsync(musterstadt, "Hundesteuer digital", "Anmeldung und Abmeldung von Hunden", "Viele Anträge kommen noch auf Papier.");
        await ProposeAsync(beispielburg, "Meldewesen", "Umzüge innerhalb der Stadt", "Die Onlinedienste des Landes starten.");
        await ProposeAsync(kreis, "Gewerbe", "Gewerbeanmeldung im Kreis", "Die Kammer stellt um.");
        await CycleSteps.MoveToAsync(coordinator, werkstatt, "Abstimmung");
        Lap("Abstimmung");

        await VoteAsync(musterstadt, ("Hundesteuer digital", 2), ("Meldewesen", 1));
        await VoteAsync(beispielburg, ("Meldewesen", 2), ("Gewerbe", 1));
        await VoteAsync(kreis, ("Hundesteuer digital", 1), ("Gewerbe", 2));
        await coordinator.GotoAsync(werkstatt + "/Abstimmung");
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Abstimmung schließen" }).ClickAsync();
        await Assertions.Expect(coordinator.Locator(".notice[role=status]")).ToContainTextAsync("Die Abstimmung ist geschlossen");
        await CycleSteps.MoveToAsync(coordinator, werkstatt, "Prozessauswahl");
        Lap("Prozessauswahl");
        await DeriveAsync(coordinator, werkstatt, "Hundesteuer digital", DogProcess, modellers: "2");
        await DeriveAsync(coordinator, werkstatt, "Meldewesen", MoveProcess, modellers: "1");
        await CycleSteps.MoveToAsync(coordinator, werkstatt, "Zuteilung");
        Lap("Zuteilung");

        await OfferAsync(musterstadt, claim: DogProcess);
        await OfferAsync(beispielburg, claim: MoveProcess);
        await OfferAsync(kreis, claim: null);
        await ConfirmAssignmentAsync(coordinator, werkstatt);
        await CycleSteps.MoveToAsync(coordinator, werkstatt, "Modellierung");
        Lap("Modellierung");

        await SubmitAsync(musterstadt, werkstatt, DogProcess, Musterstadt, "camunda-modeler.bpmn");
        await SubmitAsync(kreis, werkstatt, DogProcess, Kreis, "signavio.bpmn");
        await SubmitAsync(beispielburg, werkstatt, MoveProcess, Beispielburg, "adonis.bpmn");
        await AnotherMembersSubmissionIsRefusedAsync(musterstadt, werkstatt, beispielburg);
        await CycleSteps.MoveToAsync(coordinator, werkstatt, "Qualitätssicherung");
        Lap("Qualitätssicherung");

        await ReworkRoundAsync(reviewer, musterstadt, werkstatt);
        await ApproveAsync(reviewer, werkstatt, DogProcess, Kreis);
        await ApproveAsync(reviewer, werkstatt, MoveProcess, Beispielburg);
        await reviewer.GotoAsync(werkstatt + "/Einreichungen");
        await Assertions.Expect(reviewer.Locator("p[role=status]")).ToContainTextAsync("Alle Einreichungen sind freigegeben");

        await ReleasePreReadAsync(coordinator, werkstatt);
        Lap("pre-read released, PDF and mails checked");
        await CycleSteps.MoveToAsync(coordinator, werkstatt, "Vorabunterlagen");
        Lap("Vorabunterlagen");

        // The workshop days come: the app's clock moves to the day after the (one-day) workshop.
        server.Clock.SetUtcNow(new DateTimeOffset(firstDay.AddDays(1).ToDateTime(new TimeOnly(8, 0)), TimeSpan.Zero));
        await CycleSteps.MoveToAsync(coordinator, werkstatt, "Durchführung");
        Lap("Durchführung");
        await CycleSteps.MoveToAsync(coordinator, werkstatt, "Nachbereitung");
        Lap("Nachbereitung");
        await UploadToBeAsync(musterstadt, werkstatt);
        await CycleSteps.MoveToAsync(coordinator, werkstatt, "Veröffentlicht");
        Lap("Veröffentlicht");

        await LibraryShowsTheProcessesAsync(beispielburg);
        Lap("library");
    }

    private async Task<IPage> PageOfAsync(string email)
    {
        var context = await browser.NewContextAsync(server, email);
        return await context.NewPageAsync();
    }

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

    private static async Task SubmitAsync(IPage page, string werkstatt, string process, string member, string file)
    {
        await CycleSteps.OpenSubmissionAsync(page, werkstatt, process, member);
        await UploadAsync(page, file);
        await page.GetByLabel("Auslöser").FillAsync("Antrag der Bürgerin oder des Bürgers");
        await page.GetByLabel("Ergebnis", new() { Exact = true }).FillAsync("Bescheid ist versandt");
        await page.GetByLabel("Fallzahl pro Jahr").FillAsync("1200");
        await page.GetByRole(AriaRole.Button, new() { Name = "Steckbrief speichern" }).ClickAsync();
        await Assertions.Expect(page.Locator(".notice[role=status]")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("Fallzahl pro Jahr")).ToHaveValueAsync("1200");
    }

    private static async Task UploadAsync(IPage page, string file)
    {
        await page.GetByLabel("BPMN-Datei (.bpmn oder .xml, höchstens 10 MB)").SetInputFilesAsync(CycleSteps.Corpus(file));
        await page.GetByRole(AriaRole.Button, new() { Name = "Hochladen" }).ClickAsync();
        await Assertions.Expect(page.Locator("section[aria-labelledby=verlauf] tbody tr").First).ToContainTextAsync(file);
    }

    private static async Task AnotherMembersSubmissionIsRefusedAsync(IPage intruder, string werkstatt, IPage owner)
    {
        await CycleSteps.OpenSubmissionAsync(owner, werkstatt, MoveProcess, Beispielburg);
        var path = new Uri(owner.Url).AbsolutePath;

        var response = await intruder.GotoAsync(path);
        Assert.Equal(403, response?.Status);
        await Assertions.Expect(Pages.Heading(intruder)).ToHaveTextAsync(MainPages.Denied);

        await intruder.GotoAsync("/");
        var status = await CycleSteps.PostCraftedFormAsync(intruder, path + "?handler=Profile", new Dictionary<string, string>
        {
            ["Profile.Name"] = "Übernommen",
            ["Profile.Trigger"] = "fremd",
            ["Profile.Version"] = "0",
        });
        Assert.Equal(403, status);
        await owner.ReloadAsync();
        await Assertions.Expect(owner.GetByLabel("Auslöser")).ToHaveValueAsync("Antrag der Bürgerin oder des Bürgers");
    }

    private static async Task ReworkRoundAsync(IPage reviewer, IPage member, string werkstatt)
    {
        await CycleSteps.OpenSubmissionAsync(reviewer, werkstatt, DogProcess, Musterstadt);
        await reviewer.GetByLabel("Kommentar 1", new() { Exact = true }).FillAsync(ReworkComment);
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "Überarbeitung anfordern" }).ClickAsync();
        await Assertions.Expect(reviewer.Locator("p").Filter(new() { HasText = "Stand:" })).ToContainTextAsync("Überarbeitung");

        await CycleSteps.OpenSubmissionAsync(member, werkstatt, DogProcess, Musterstadt);
        await Assertions.Expect(member.Locator("section[aria-labelledby=anforderungen]")).ToContainTextAsync(ReworkComment);
        await UploadAsync(member, "bic-semantic.bpmn");

        await reviewer.ReloadAsync();
        await Assertions.Expect(reviewer.Locator("section[aria-labelledby=modell]")).ToContainTextAsync("bic-semantic.bpmn");
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "Freigeben" }).ClickAsync();
        await Assertions.Expect(reviewer.Locator("p").Filter(new() { HasText = "Stand:" })).ToContainTextAsync("freigegeben");
    }

    private static async Task ApproveAsync(IPage reviewer, string werkstatt, string process, string member)
    {
        await CycleSteps.OpenSubmissionAsync(reviewer, werkstatt, process, member);
        await reviewer.GetByLabel("Anmerkung zur Freigabe (optional)").FillAsync("Entspricht den Konventionen.");
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "Freigeben" }).ClickAsync();
        await Assertions.Expect(reviewer.Locator("p").Filter(new() { HasText = "Stand:" })).ToContainTextAsync("freigegeben");
    }

    private async Task ReleasePreReadAsync(IPage coordinator, string werkstatt)
    {
        await coordinator.GotoAsync(werkstatt);
        await coordinator.GetByRole(AriaRole.Link, new() { Name = "Vorabunterlagen", Exact = true }).ClickAsync();
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Vorabunterlagen freigeben" }).ClickAsync();
        await Assertions.Expect(coordinator.Locator(".notice[role=status]")).ToContainTextAsync("Die Vorabunterlagen sind freigegeben.");

        var link = coordinator.GetByRole(AriaRole.Link, new() { Name = "Herunterladen" });
        await CycleSteps.ReloadUntilVisibleAsync(coordinator, link, TimeSpan.FromSeconds(30));
        var download = await coordinator.RunAndWaitForDownloadAsync(() => link.First.ClickAsync());
        var pdf = await download.PathAsync();
        var bytes = await File.ReadAllBytesAsync(pdf);
        Assert.True(bytes.AsSpan(0, 5).SequenceEqual("%PDF-"u8), $"the dossier ({download.SuggestedFilename}) is no PDF");
        Assert.EndsWith(".pdf", download.SuggestedFilename, StringComparison.Ordinal);

        // Every person of the network gets the mail; the three process managers stand for them.
        var subject = $"Vorabunterlagen: {Title}";
        string[] people = [WerkstattServer.ManagerMusterstadt, WerkstattServer.ManagerBeispielburg, ManagerKreis];
        var deadline = DateTime.UtcNow.AddSeconds(30);
        List<global::Werkstatt.Tests.Shared.ReceivedMail> mails;
        while (true)
        {
            mails = server.Smtp.Messages().Where(m => m.Subject == subject).ToList();
            var arrived = people.All(p => mails.Any(m => m.EnvelopeTo.Contains(p, StringComparer.OrdinalIgnoreCase)));
            if (arrived || DateTime.UtcNow > deadline)
            {
                break;
            }

            await server.Smtp.WaitForAsync(server.Smtp.Messages().Count + 1, TimeSpan.FromSeconds(2));
        }

        foreach (var person in people)
        {
            var mail = Assert.Single(mails, m => m.EnvelopeTo.Contains(person, StringComparer.OrdinalIgnoreCase));
            Assert.Contains(werkstatt + "/Vorabunterlagen", mail.Text, StringComparison.Ordinal);
        }
    }

    private static async Task UploadToBeAsync(IPage page, string werkstatt)
    {
        await CycleSteps.OpenSubmissionAsync(page, werkstatt, DogProcess, Musterstadt);
        await Assertions.Expect(page.GetByLabel("Art des Modells")).ToHaveValueAsync("ToBe");
        await UploadAsync(page, "aeneis.bpmn");
        await Assertions.Expect(page.Locator("section[aria-labelledby=verlauf] tbody tr").First).ToContainTextAsync("SOLL");
        await page.GetByLabel("Anmerkungen").FillAsync("SOLL-Modell aus der Werkstatt: Online-Antrag mit Zahlung.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Steckbrief speichern" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Anmerkungen")).ToHaveValueAsync("SOLL-Modell aus der Werkstatt: Online-Antrag mit Zahlung.");
    }

    private static async Task LibraryShowsTheProcessesAsync(IPage page)
    {
        await page.GotoAsync("/Bibliothek");
        var table = page.GetByRole(AriaRole.Table);
        await CycleSteps.ReloadUntilVisibleAsync(page, table.GetByRole(AriaRole.Link, new() { Name = DogProcess, Exact = true }), TimeSpan.FromSeconds(30));
        await Assertions.Expect(table.GetByRole(AriaRole.Link, new() { Name = MoveProcess, Exact = true })).ToBeVisibleAsync();

        await page.GetByLabel("Suchbegriff").FillAsync("ummelden");
        await page.GetByRole(AriaRole.Button, new() { Name = "Suchen" }).ClickAsync();
        await Assertions.Expect(table.Locator("caption")).ToContainTextAsync("gefunden");
        await Assertions.Expect(table.GetByRole(AriaRole.Link, new() { Name = MoveProcess, Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(table.GetByRole(AriaRole.Link, new() { Name = DogProcess, Exact = true })).ToHaveCountAsync(0);
        await table.GetByRole(AriaRole.Link, new() { Name = MoveProcess, Exact = true }).ClickAsync();
        await Assertions.Expect(Pages.Heading(page)).ToContainTextAsync(MoveProcess);
    }
}
