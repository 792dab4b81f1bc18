using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Werkstatt.Browser.Tests.Support;

/// <summary>Steps of the whole cycle that several users repeat: moving a Werkstatt on, opening a submission, waiting for background work.</summary>
public static class CycleSteps
{
    public static string Corpus(string file) => RepositoryRoot.Combine("tests", "Werkstatt.Service.Tests", "Bpmn", "Corpus", file);

    /// <summary>On the Werkstatt page: checks nothing blocks the next phase, presses „Weiter zur Phase …“ and waits until the page shows it.</summary>
    public static async Task MoveToAsync(IPage page, string werkstattPath, string phase)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync(werkstattPath);
        var button = page.GetByRole(AriaRole.Button, new() { Name = $"Weiter zur Phase „{phase}“" });
        await Assertions.Expect(page.Locator("#move-blockers")).ToHaveCountAsync(0);
        await button.ClickAsync();
        await Assertions.Expect(page.Locator(".facts dd").First).ToHaveTextAsync(phase);
    }

    /// <summary>Opens the submission of <paramref name="member"/> from the list of submissions, as a user would.</summary>
    public static async Task OpenSubmissionAsync(IPage page, string werkstattPath, string process, string member)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync(werkstattPath + "/Einreichungen");
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = process });
        await row.GetByRole(AriaRole.Link, new() { Name = member, Exact = true }).ClickAsync();
        await Assertions.Expect(Pages.Heading(page)).ToHaveTextAsync($"{process}: {member}");
    }

    /// <summary>Reloads until <paramref name="target"/> is there: for what a background loop of the app produces.</summary>
    public static async Task ReloadUntilVisibleAsync(IPage page, ILocator target, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(target);
        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            try
            {
                await target.First.WaitForAsync(new() { Timeout = 1_000 });
                return;
            }
            catch (TimeoutException) when (stopwatch.Elapsed < timeout)
            {
                await page.ReloadAsync();
            }
        }
    }

    public static Regex Exactly(string text) => new($"^{Regex.Escape(text)}$", RegexOptions.None, TimeSpan.FromSeconds(1));
}
