using System.Diagnostics;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Werkstatt.Browser.Tests.Support;
using Werkstatt.Service.Bpmn.Import;
using Werkstatt.Service.Bpmn.Model;
using Werkstatt.Service.Persistence;
using Werkstatt.Service.Submissions;

namespace Werkstatt.Browser.Tests.Live;

/// <summary>
/// Live to-be modelling with two browsers: the facilitator draws in the bpmn-js modeler, the participant's viewer shows
/// it within a second, and the saved version passes `bpmn inspect` and the network's convention checks. The pages run
/// under the Content-Security-Policy of docs/deploy/nginx.conf, and any violation fails the test.
/// (No 'unsafe-inline' is needed: bpmn-js sets its styles through the CSSOM, which CSP does not restrict.)
/// </summary>
public sealed partial class LiveModellingTests(BrowserSession browser, WerkstattServer server, ITestOutputHelper output) : IClassFixture<WerkstattServer>
{
    private const string TaskName = "Onlinezahlung"; // one word: bpmn-js wraps labels into tspans

    [Fact]
    public async Task Facilitator_adds_a_task_the_participant_sees_it_within_a_second_and_the_saved_version_passes_the_checks()
    {
        await using var facilitatorContext = await browser.NewContextAsync(server, WerkstattServer.Coordinator);
        await using var participantContext = await browser.NewContextAsync(server, WerkstattServer.ManagerBeispielburg);
        var violations = new List<string>();
        foreach (var context in new[] { facilitatorContext, participantContext })
        {
            await UseDeployedCspAsync(context);
        }

        var facilitator = await facilitatorContext.NewPageAsync();
        var participant = await participantContext.NewPageAsync();
        foreach (var page in new[] { facilitator, participant })
        {
            page.Console += (_, m) =>
            {
                if (m.Type == "error")
                {
                    violations.Add(m.Text);
                }
            };
        }

        var url = SollUrl().Replace(await MainPages.UrlAsync(facilitator, server, MainPages.Comparison), "/Soll/");
        await facilitator.GotoAsync(url);
        await Assertions.Expect(facilitator.Locator("#soll-status")).ToContainTextAsync("Live: Stand");
        await Assertions.Expect(facilitator.Locator("a.bjs-powered-by")).ToBeVisibleAsync();
        await participant.GotoAsync(url);
        await Assertions.Expect(participant.Locator("#soll-status")).ToContainTextAsync("Live");
        await Assertions.Expect(participant.Locator("#soll-canvas .djs-element").First).ToBeVisibleAsync();
        Assert.Equal(0, await participant.Locator(".djs-palette").CountAsync()); // the viewer: no drawing tools

        // The modeler started from the first member's as-is model; this facilitator starts afresh instead.
        await facilitator.GetByLabel("Ausgangspunkt").SelectOptionAsync(new SelectOptionValue { Label = "leere Zeichnung" });
        await facilitator.GetByRole(AriaRole.Button, new() { Name = "Laden", Exact = true }).ClickAsync();
        await Assertions.Expect(participant.Locator("#soll-canvas .djs-shape:not([data-element-id$='_label'])")).ToHaveCountAsync(1);

        // Take a task from the palette, place it on the canvas, then name it – as a person would.
        const string Tasks = "() => window.werkstattSoll.bpmn.get('elementRegistry').filter(e => e.type === 'bpmn:Task').map(e => e.id)";
        var before = await facilitator.EvaluateAsync<string[]>(Tasks);
        await facilitator.Locator("#soll-canvas").ScrollIntoViewIfNeededAsync();
        var canvas = (await facilitator.Locator("#soll-canvas").BoundingBoxAsync())!;
        var (x, y) = (canvas.X + canvas.Width - 220, canvas.Y + 110);
        await facilitator.Locator(".djs-palette .entry.bpmn-icon-task").ClickAsync();
        await facilitator.Mouse.MoveAsync(x - 20, y - 20, new() { Steps = 5 });
        await facilitator.Mouse.MoveAsync(x, y, new() { Steps = 3 });
        await facilitator.Mouse.ClickAsync(x, y);
        await facilitator.WaitForFunctionAsync($"n => ({Tasks})().length > n", before.Length);
        var added = (await facilitator.EvaluateAsync<string[]>(Tasks)).Except(before).Single();
        if (!await facilitator.Locator(".djs-direct-editing-parent").IsVisibleAsync())
        {
            await facilitator.Locator($"#soll-canvas [data-element-id='{added}']").DblClickAsync();
        }

        await Assertions.Expect(facilitator.Locator(".djs-direct-editing-parent")).ToBeVisibleAsync();
        await facilitator.Keyboard.TypeAsync(TaskName);
        var sent = Stopwatch.StartNew();
        await facilitator.Mouse.ClickAsync(canvas.X + canvas.Width - 40, canvas.Y + 300); // click beside it: the label is done

        await Assertions.Expect(participant.Locator("#soll-canvas .djs-element text", new() { HasText = TaskName }))
            .ToBeVisibleAsync(new() { Timeout = 1000 });
        output.WriteLine($"participant saw the task {sent.ElapsedMilliseconds} ms after the facilitator finished typing");

        await facilitator.GetByRole(AriaRole.Button, new() { Name = "Speichern", Exact = true }).ClickAsync();
        await Assertions.Expect(facilitator.Locator("#soll-status")).ToContainTextAsync("Version 1 gespeichert");
        await Assertions.Expect(participant.Locator("#soll-status")).ToContainTextAsync("Version 1 gespeichert");

        var api = url.Replace("/Werkstaetten/", "/api/v1/werkstaetten/", StringComparison.Ordinal).Replace("/Soll/", "/processes/", StringComparison.Ordinal) + "/soll";
        var xml = await (await facilitator.APIRequest.GetAsync(api + "/versions/1")).BodyAsync();
        var summary = JsonNode.Parse(await (await participant.APIRequest.GetAsync(api)).TextAsync())!;
        var file = Path.Combine(Directory.CreateTempSubdirectory("soll-").FullName, "soll-v1.bpmn");
        await File.WriteAllBytesAsync(file, xml);

        var (code, json) = await InspectAsync(file);
        Assert.True(code == 0, $"bpmn inspect exit {code}: {json}");
        var inspection = JsonNode.Parse(json)!;
        Assert.True(inspection["accepted"]!.GetValue<bool>());
        Assert.True(inspection["elementCounts"]!["Task"]!.GetValue<int>() >= 1);

        var import = BpmnImporter.Import(xml);
        Assert.Contains(import.Model!.Elements, e => e.Kind == BpmnElementKind.Task && e.Name == TaskName);
        var stored = summary["versions"]![0]!["findings"]!.GetValue<int>();
        Assert.Equal(stored, await ConventionFindingsAsync(summary["werkstattId"]!.GetValue<Guid>(), import));
        Assert.Equal(stored, summary["findings"]!.AsArray().Count);

        // The pages come through Playwright's route here (to add nginx's CSP), which Chromium's local-network check treats
        // as a public origin: it refuses the WebSocket to loopback and SignalR falls back to Server-Sent Events. That
        // refusal is the only error allowed; a CSP violation or any script error fails.
        var errors = violations.Where(v => !v.Contains("WebSocket", StringComparison.Ordinal)).ToList();
        Assert.True(errors.Count == 0, "console errors (CSP or script): " + string.Join(" | ", errors));
    }

    // The deployed CSP is the one nginx adds (docs/deploy/nginx.conf); the app behind it sends none.
    private static async Task UseDeployedCspAsync(IBrowserContext context)
    {
        var conf = await File.ReadAllTextAsync(RepositoryRoot.Combine("docs", "deploy", "nginx.conf"));
        var csp = CspHeader().Match(conf).Groups[1].Value;
        Assert.Contains("frame-ancestors", csp, StringComparison.Ordinal);
        await context.RouteAsync("**/Soll/**", async route =>
        {
            var response = await route.FetchAsync();
            var headers = new Dictionary<string, string>(response.Headers) { ["content-security-policy"] = csp };
            await route.FulfillAsync(new() { Response = response, Headers = headers });
        });
    }

    private async Task<int> ConventionFindingsAsync(Guid werkstattId, BpmnImportResult import)
    {
        using var scope = server.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WerkstattDbContext>();
        var id = new Werkstatt.Domain.Cycle.WerkstattId(werkstattId);
        var network = (await db.Werkstaetten.AsNoTracking().FirstAsync(w => w.Id == id)).NetworkId;
        var conventions = await db.Set<NetworkConventions>().AsNoTracking().FirstOrDefaultAsync(c => c.NetworkId == network) ?? NetworkConventions.For(network);
        return SubmissionFindings.For(import.Model!, import.Problems, conventions).Count;
    }

    private static async Task<(int Code, string Output)> InspectAsync(string file)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetTempPath() };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "Werkstatt.Service.dll"), "bpmn", "inspect", file })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromSeconds(60)).Token);
        return (process.ExitCode, await stdout + await stderr);
    }

    [GeneratedRegex("/Vergleich/")]
    private static partial Regex SollUrl();

    [GeneratedRegex("Content-Security-Policy \"([^\"]+)\"")]
    private static partial Regex CspHeader();
}
