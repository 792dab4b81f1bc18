using Microsoft.Playwright;
using Werkstatt.Browser.Tests.Support;

namespace Werkstatt.Browser.Tests.Cycle;

/// <summary>
/// One Werkstatt from the plan to the library, through the pages only, with every user in a browser context of their
/// own: the coordinator, three process managers, the reviewer of the consultancy. The steps of each stretch are in
/// the parts beside this file (Preparation, Submissions, Publication).
/// </summary>
public sealed partial class WholeCycleTests(BrowserSession browser, CycleServer server, ITestOutputHelper output) : IClassFixture<CycleServer>
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
}
