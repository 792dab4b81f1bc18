using Microsoft.Playwright;
using Werkstatt.Browser.Tests.Support;

namespace Werkstatt.Browser.Tests.Screenshots;

/// <summary>
/// Screenshots of every main page, written to TestResults/screenshots/ (the test prints the path). With
/// WERKSTATT_DOCS_SCREENSHOTS=1 the ones the user guide shows are also written to docs/user-guide/bilder/: the window
/// only (1280 × 900), optimised with optipng when it is installed (run it on fresh demo data, then commit them).
/// </summary>
public sealed class ScreenshotTests(BrowserSession browser, WerkstattServer server, ITestOutputHelper output) : IClassFixture<WerkstattServer>
{
    private const string Reviewer = "qs@beratung.example";
    private const string Optipng = "/usr/bin/optipng";

    private const string DocsVariable = "WERKSTATT_DOCS_SCREENSHOTS";

    // The pages the user guide (docs/user-guide/) shows, by screenshot name.
    private static readonly string[] ForTheGuide =
    [
        "anmelden", "koordination-meine-aufgaben", "koordination-werkstaetten", "koordination-neue-werkstatt-planen",
        "koordination-jahr-planen", "koordination-werkstatt-in-der-themensammlung", "koordination-termine-bearbeiten",
        "koordination-netzwerk", "koordination-verwaltungen", "koordination-personen",
        "prozessmanager-meine-aufgaben", "prozessmanager-stadt-musterstadt", "prozessmanager-stadt-beispielburg",
        "prozessmanager-keine-berechtigung", "koordination-werkstatt-in-der-abstimmung", "koordination-einreichungen",
        "koordination-vorabunterlagen", "koordination-netzwerkuebersicht",
        "prozessmanager-einreichung-der-eigenen-verwaltung", "prozessmanager-bibliothek", "prozessmanager-bibliothekseintrag",
        "qualitaetssicherung-meine-aufgaben", "qualitaetssicherung-einreichungen", "qualitaetssicherung-einreichung-der-eigenen-verwaltung",
        "qualitaetssicherung-vergleich-der-modelle",
    ];

    // What the consultancy's reviewer sees: the same pages as everyone, with the review form on a submission.
    private static readonly string[] OfReviewer = [MainPages.MyTasks, MainPages.Submissions, MainPages.OwnSubmission, MainPages.Comparison];

    [Fact]
    public async Task Every_main_page_is_written_as_a_screenshot_for_each_role()
    {
        var written = new List<string>();
        var docs = Environment.GetEnvironmentVariable(DocsVariable) == "1" ? RepositoryRoot.Combine("docs", "user-guide", "bilder") : null;
        await using (var anonymous = await browser.NewContextAsync(server))
        {
            var page = await anonymous.NewPageAsync();
            await page.GotoAsync("/Anmelden");
            written.Add(await Support.Screenshots.SaveAsync(page, "anmelden"));
            await ForTheGuideAsync(page, docs, "anmelden");
        }

        foreach (var (role, prefix, pages) in new[]
        {
            (MainPages.Coordinator, "koordination", MainPages.OfCoordinator),
            (MainPages.Manager, "prozessmanager", MainPages.OfManager),
            (Reviewer, "qualitaetssicherung", OfReviewer),
        })
        {
            await using var context = await browser.NewContextAsync(server, role == Reviewer ? Reviewer : MainPages.EmailOf(role));
            var page = await context.NewPageAsync();
            foreach (var name in pages)
            {
                await MainPages.OpenAsync(page, server, name);
                written.Add(await Support.Screenshots.SaveAsync(page, $"{prefix}-{Slug(name)}"));
                await ForTheGuideAsync(page, docs, $"{prefix}-{Slug(name)}");
            }
        }

        output.WriteLine($"{written.Count} screenshots in {Support.Screenshots.Directory}");

        foreach (var file in written)
        {
            var bytes = await File.ReadAllBytesAsync(file);
            Assert.True(bytes.Length > 5_000 && bytes.AsSpan(1, 3).SequenceEqual("PNG"u8), $"{file} is no screenshot");
        }

        var names = written.Select(Path.GetFileNameWithoutExtension).ToHashSet(StringComparer.Ordinal);
        Assert.All(ForTheGuide, name => Assert.Contains(name, names));
        if (docs is not null)
        {
            output.WriteLine($"{ForTheGuide.Length} pictures for the user guide in {docs}");
            Assert.All(ForTheGuide, name => Assert.True(File.Exists(Path.Combine(docs, name + ".png")), $"{name}.png is missing in {docs}"));
        }
    }

    // The window, not the whole page: the guide shows what a user sees first, in small files.
    private static async Task ForTheGuideAsync(IPage page, string? docs, string name)
    {
        if (docs is null || !ForTheGuide.Contains(name, StringComparer.Ordinal))
        {
            return;
        }

        Directory.CreateDirectory(docs);
        var path = Path.Combine(docs, name + ".png");
        await page.ScreenshotAsync(new() { Path = path, FullPage = false });
        if (File.Exists(Optipng))
        {
            using var optimise = System.Diagnostics.Process.Start(Optipng, ["-quiet", "-o2", "-strip", "all", path]);
            await optimise.WaitForExitAsync();
        }
    }

    private static string Slug(string name) => string.Concat(name.ToLowerInvariant()
            .Replace("ä", "ae", StringComparison.Ordinal).Replace("ö", "oe", StringComparison.Ordinal)
            .Replace("ü", "ue", StringComparison.Ordinal).Replace("ß", "ss", StringComparison.Ordinal)
            .Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-'));
}
