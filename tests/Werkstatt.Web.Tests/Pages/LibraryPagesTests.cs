using System.IO.Compression;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Werkstatt.Service.Bpmn.Import;
using Werkstatt.Web.Tests.Support;

namespace Werkstatt.Web.Tests.Pages;

/// <summary>The library pages on the demo network: search without JavaScript, the entry with drawing, downloads, re-use.</summary>
public sealed partial class LibraryPagesTests(WerkstattWebFactory factory) : IClassFixture<WerkstattWebFactory>
{
    [Fact]
    public async Task A_process_manager_finds_a_demo_process_by_a_task_label_and_downloads_its_package()
    {
        var client = await factory.LoginThroughFormAsync(WerkstattWebFactory.ManagerMusterstadt);
        var all = PageClient.Text(await client.GetHtmlAsync("/Bibliothek"));
        Assert.Contains("Wohngeld beantragen", all, StringComparison.Ordinal);
        Assert.Contains("Bibliothek", await client.GetHtmlAsync("/"), StringComparison.Ordinal);

        var html = await client.GetHtmlAsync("/Bibliothek?q=Steuerbescheid");
        var text = PageClient.Text(html);
        Assert.Contains("Hundesteuer anmelden", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Wohngeld beantragen", text, StringComparison.Ordinal);
        var entryUrl = EntryLink().Match(html).Groups[1].Value;

        var entry = await client.GetHtmlAsync(entryUrl);
        Assert.Contains("<svg", entry, StringComparison.Ordinal);
        Assert.Contains("role=\"img\"", entry, StringComparison.Ordinal);
        Assert.Contains("Elemente als Liste", entry, StringComparison.Ordinal);
        Assert.Contains("Stadt Lindenfeld", PageClient.Text(entry), StringComparison.Ordinal);

        var package = await client.GetAsync(new Uri($"/api/v1/library{entryUrl["/Bibliothek".Length..]}/package", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, package.StatusCode);
        Assert.Equal("application/zip", package.Content.Headers.ContentType?.MediaType);
        using var zip = new ZipArchive(await package.Content.ReadAsStreamAsync());
        using var meta = JsonDocument.Parse(zip.GetEntry("metadata.json")!.Open());
        var versions = meta.RootElement.GetProperty("entries")[0].GetProperty("versions").EnumerateArray().ToList();
        Assert.Equal(2, versions.Count);
        foreach (var model in versions.SelectMany(v => v.GetProperty("models").EnumerateArray()))
        {
            using var stream = zip.GetEntry(model.GetProperty("file").GetString()!)!.Open();
            Assert.True(BpmnImporter.Import(stream).Succeeded);
        }
    }

    [Fact]
    public async Task A_process_manager_records_reuse_with_the_button_once()
    {
        var client = await factory.LoginThroughFormAsync(WerkstattWebFactory.ManagerMusterstadt);
        var entryUrl = EntryLink().Match(await client.GetHtmlAsync("/Bibliothek?q=Gewerbe")).Groups[1].Value;
        var page = await client.GetHtmlAsync(entryUrl);
        Assert.Contains("Nachnutzen", page, StringComparison.Ordinal);
        var version = VersionField().Match(page).Groups[1].Value;

        var posted = await client.PostFormAsync(entryUrl, new Dictionary<string, string> { ["version"] = version }, $"{entryUrl}?handler=Nachnutzen");
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var after = PageClient.Text(await client.GetHtmlAsync(entryUrl));
        Assert.Contains("Die Nachnutzung ist eingetragen", after, StringComparison.Ordinal);
        Assert.Contains("Stadt Musterstadt – Version 1", after, StringComparison.Ordinal);
        Assert.DoesNotContain(">Nachnutzen</button>", await client.GetHtmlAsync(entryUrl), StringComparison.Ordinal);
    }

    [GeneratedRegex("href=\"(/Bibliothek/[0-9a-f-]{36})\"")]
    private static partial Regex EntryLink();

    [GeneratedRegex("name=\"version\" value=\"(\\d+)\"")]
    private static partial Regex VersionField();
}
