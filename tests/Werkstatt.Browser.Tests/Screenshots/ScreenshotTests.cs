using Microsoft.Playwright;
using Werkstatt.Browser.Tests.Support;

namespace Werkstatt.Browser.Tests.Screenshots;

/// <summary>
/// Screenshots of every main page, written to TestResults/screenshots/. With WERKSTATT_DOCS_SCREENSHOTS=1 the ones
/// the user guide shows are also copied to docs/screenshots/ (run it on fresh demo data, then commit them).
/// </summary>
public sealed class ScreenshotTests(BrowserSession browser, WerkstattServer server) : IClassFixture<WerkstattServer>
{
    private const string DocsVariable = "WERKSTATT_DOCS_SCREENSHOTS";

    // The pages the user guide (docs/user-guide.md) shows, by screenshot name.
    private static readonly string[] ForTheGuide =
    [
        "anmelden", "koordination-meine-aufgaben", "koordination-werkstaetten", "koordination-neue-werkstatt-planen",
        "koordination-jahr-planen", "koordination-werkstatt-in-der-themensammlung", "koordination-termine-bearbeiten",
        "koordination-netzwerk", "koordination-verwaltungen", "koordination-personen",
        "prozessmanager-meine-aufgaben", "prozessmanager-stadt-musterstadt", "prozessmanager-stadt-beispielburg",
        "prozessmanager-keine-berechtigung",
    ];

    [Fact]
    public async Task Every_main_page_is_written_as_a_screenshot_for_each_role()
    {
        var written = new List<string>();
        await using (var anonymous = await browser.NewContextAsync(server))
        {
            var page = await anonymous.NewPageAsync();
            await page.GotoAsync("/Anmelden");
            written.Add(await Support.Screenshots.SaveAsync(page, "anmelden"));
        }

        foreach (var (role, prefix, pages) in new[]
        {
            (MainPages.Coordinator, "koordination", MainPages.OfCoordinator),
            (MainPages.Manager, "prozessmanager", MainPages.OfManager),
        })
        {
            await using var context = await browser.NewContextAsync(server, MainPages.EmailOf(role));
            var page = await context.NewPageAsync();
            foreach (var name in pages)
            {
                await MainPages.OpenAsync(page, server, name);
                written.Add(await Support.Screenshots.SaveAsync(page, $"{prefix}-{Slug(name)}"));
            }
        }

        foreach (var file in written)
        {
            var bytes = await File.ReadAllBytesAsync(file);
            Assert.True(bytes.Length > 5_000 && bytes.AsSpan(1, 3).SequenceEqual("PNG"u8), $"{file} is no screenshot");
        }

        var names = written.Select(Path.GetFileNameWithoutExtension).ToHashSet(StringComparer.Ordinal);
        Assert.All(ForTheGuide, name => Assert.Contains(name, names));
        if (Environment.GetEnvironmentVariable(DocsVariable) == "1")
        {
            var docs = RepositoryRoot.Combine("docs", "screenshots");
            Directory.CreateDirectory(docs);
            foreach (var name in ForTheGuide)
            {
                File.Copy(Path.Combine(Support.Screenshots.Directory, name + ".png"), Path.Combine(docs, name + ".png"), overwrite: true);
            }
        }
    }

    private static string Slug(string name) => string.Concat(name.ToLowerInvariant()
            .Replace("ä", "ae", StringComparison.Ordinal).Replace("ö", "oe", StringComparison.Ordinal)
            .Replace("ü", "ue", StringComparison.Ordinal).Replace("ß", "ss", StringComparison.Ordinal)
            .Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-'));
}
