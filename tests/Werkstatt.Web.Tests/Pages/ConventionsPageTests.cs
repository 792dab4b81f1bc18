using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Werkstatt.Service.Bpmn.Conventions;
using Werkstatt.Service.Common;
using Werkstatt.Service.Persistence;
using Werkstatt.Service.Submissions;
using Werkstatt.Web.Tests.Support;

namespace Werkstatt.Web.Tests.Pages;

/// <summary>The page „Konventionen“ without JavaScript: the coordination switches rules and sets severities; others only read.</summary>
public sealed class ConventionsPageTests(WerkstattWebFactory factory) : IClassFixture<WerkstattWebFactory>
{
    private const string Page = "/Verwaltung/Konventionen";

    [Fact]
    public async Task The_coordination_switches_a_rule_off_and_changes_a_severity()
    {
        var client = await factory.LoginThroughFormAsync(WerkstattWebFactory.Coordinator);
        var html = await client.GetHtmlAsync("/");
        Assert.Contains($"href=\"{Page}\"", html, StringComparison.Ordinal);
        var text = PageClient.Text(await client.GetHtmlAsync(Page));
        Assert.Contains("Aufgaben heißen „Objekt + Verb im Infinitiv“", text, StringComparison.Ordinal);

        var fields = Form(await client.GetHtmlAsync(Page));
        var task = Index("task-name-object-verb");
        var start = Index("start-event-required");
        fields[$"Rules[{task}].Enabled"] = "false";
        fields[$"Rules[{start}].Level"] = nameof(FindingLevel.Warning);
        var saved = await client.PostFormAsync(Page, fields);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var after = await client.GetHtmlAsync(Page);
        Assert.Contains("Die Konventionen sind gespeichert", PageClient.Text(after), StringComparison.Ordinal);
        Assert.DoesNotMatch($"id=\"rule-{task}-on\"[^>]*checked", after);
        Assert.Matches($"id=\"rule-{Index("label-required")}-on\"[^>]*checked", after);
        await using var scope = factory.Services.CreateAsyncScope();
        var service = scope.ServiceProvider.GetRequiredService<ConventionSettingsService>();
        var network = await scope.ServiceProvider.GetRequiredService<WerkstattDbContext>().Networks.FirstAsync();
        var settings = SubmissionFindings.SettingsOf((await service.GetAsync(Actor.System, network.Id)).Value!);
        Assert.False(settings.IsEnabled(ConventionChecker.Find("task-name-object-verb")!));
        Assert.Equal(ConventionSeverity.Warning, settings.SeverityOf(ConventionChecker.Find("start-event-required")!));

        // A second change moves the version on; the first form posted again then is a concurrent change: refused, nothing changed.
        var second = Form(after);
        second[$"Rules[{start}].Level"] = nameof(FindingLevel.Hint);
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(Page, second)).StatusCode);
        fields[$"Rules[{task}].Enabled"] = "true";
        var stale = await client.PostFormAsync(Page, fields);
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("inzwischen von jemand anderem geändert", PageClient.Text(await stale.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.DoesNotMatch($"id=\"rule-{task}-on\"[^>]*checked", await client.GetHtmlAsync(Page));
    }

    [Fact]
    public async Task A_process_manager_reads_the_conventions_but_cannot_change_them()
    {
        var client = await factory.LoginThroughFormAsync(WerkstattWebFactory.ManagerMusterstadt);
        var html = await client.GetHtmlAsync(Page);
        Assert.Contains("Die Konventionen ändert die Koordination.", PageClient.Text(html), StringComparison.Ordinal);
        Assert.DoesNotContain(">Speichern<", html, StringComparison.Ordinal);

        var response = await client.PostFormAsync(Page, new() { ["Version"] = "0", ["Rules[0].RuleId"] = "task-name-object-verb", ["Rules[0].Enabled"] = "false", ["Rules[0].Level"] = "Hint" });
        Assert.Equal("/ZugriffVerweigert", response.Headers.Location?.AbsolutePath);
    }

    private static int Index(string ruleId) => ConventionChecker.Rules.Select((r, i) => (r, i)).Single(x => x.r.Id == ruleId).i;

    private static Dictionary<string, string> Form(string html)
    {
        var fields = new Dictionary<string, string> { ["Version"] = System.Text.RegularExpressions.Regex.Match(html, "name=\"Version\" value=\"(\\d+)\"").Groups[1].Value };
        for (var i = 0; i < ConventionChecker.Rules.Count; i++)
        {
            fields[$"Rules[{i}].RuleId"] = ConventionChecker.Rules[i].Id;
            fields[$"Rules[{i}].Enabled"] = System.Text.RegularExpressions.Regex.IsMatch(html, $"id=\"rule-{i}-on\"[^>]*checked") ? "true" : "false";
            fields[$"Rules[{i}].Level"] = System.Text.RegularExpressions.Regex.Match(html, $"id=\"rule-{i}-level\"[\\s\\S]*?<option value=\"(\\w+)\" selected").Groups[1].Value;
        }

        return fields;
    }
}
