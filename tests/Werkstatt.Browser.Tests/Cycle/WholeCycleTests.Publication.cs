using Microsoft.Playwright;
using Werkstatt.Browser.Tests.Support;

namespace Werkstatt.Browser.Tests.Cycle;

/// <summary>The pre-read (PDF and mails) and the library the published Werkstatt fills.</summary>
public sealed partial class WholeCycleTests
{
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
