using Microsoft.Playwright;
using Werkstatt.Browser.Tests.Support;

namespace Werkstatt.Browser.Tests.Cycle;

/// <summary>Modelling and review: submissions with their profile, another member's submission refused, the rework round, approvals, the to-be model.</summary>
public sealed partial class WholeCycleTests
{
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
        var status = await Pages.PostCraftedFormAsync(intruder, path + "?handler=Profile", new Dictionary<string, string>
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
}
