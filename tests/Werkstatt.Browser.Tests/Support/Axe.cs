using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Playwright;

namespace Werkstatt.Browser.Tests.Support;

/// <summary>
/// Runs axe-core (tests/Werkstatt.Browser.Tests/node_modules, installed by `npm ci` in ./build.sh test) in a page
/// against WCAG 2.1 A/AA and axe's best practices.
/// </summary>
public static class Axe
{
    private static readonly Lazy<(string? Source, string? Problem)> Script = new(Load);

    private const string RunScript = """
        async () => {
          const result = await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] });
          return result.violations.map(v => ({
            id: v.id,
            impact: v.impact ?? 'unknown',
            help: v.help,
            targets: v.nodes.map(n => n.target.join(' ')),
          }));
        }
        """;

    /// <summary>Injects axe into <paramref name="page"/> (once) and returns every violation it finds.</summary>
    public static async Task<IReadOnlyList<AxeViolation>> RunAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var (source, problem) = Script.Value;
        var skip = Environments.SkipOrFail(problem);
        Assert.SkipWhen(skip is not null, skip ?? string.Empty);
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
        {
            await page.AddScriptTagAsync(new() { Content = source });
        }

        var result = await page.EvaluateAsync<JsonElement>(RunScript);
        return result.Deserialize<AxeViolation[]>() ?? [];
    }

    /// <summary>Fails on violations of impact serious or critical, naming rule, help and elements; reports the rest to <paramref name="output"/>.</summary>
    public static async Task AssertNoSeriousViolationsAsync(IPage page, string where, ITestOutputHelper? output = null)
    {
        var violations = await RunAsync(page);
        var serious = violations.Where(v => v.Impact is "serious" or "critical").ToList();
        foreach (var minor in violations.Except(serious))
        {
            output?.WriteLine($"{where}: {minor}");
        }

        Assert.True(serious.Count == 0, $"axe found {serious.Count} serious or critical violation(s) on {where} ({page.Url}):\n{string.Join("\n", serious)}");
    }

    private static (string?, string?) Load()
    {
        var path = RepositoryRoot.Combine("tests", "Werkstatt.Browser.Tests", "node_modules", "axe-core", "axe.min.js");
        return File.Exists(path)
            ? (File.ReadAllText(path), null)
            : (null, $"axe-core is not installed ({path}); run `npm ci` in tests/Werkstatt.Browser.Tests or use ./build.sh test.");
    }
}

/// <summary>One axe rule broken on a page, with the CSS selectors of the elements that break it.</summary>
public sealed record AxeViolation(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("impact")] string Impact,
    [property: JsonPropertyName("help")] string Help,
    [property: JsonPropertyName("targets")] IReadOnlyList<string> Targets)
{
    public override string ToString() => $"  [{Impact}] {Id}: {Help}\n    at {string.Join("\n    at ", Targets)}";
}
