using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Werkstatt.Service.Demo;
using Werkstatt.Web.Tests.Support;

namespace Werkstatt.Web.Tests.Pages;

/// <summary>The demo's quality review through the pages (multipart upload with antiforgery, profile form) and the API.</summary>
public sealed partial class SubmissionPageTests(WerkstattWebFactory factory) : IClassFixture<WerkstattWebFactory>
{
    private const string Reviewer = "qs@beratung.example";

    [Fact]
    public async Task The_upload_form_takes_a_multipart_file_and_the_page_shows_the_new_version_with_what_changed()
    {
        var (werkstatt, wohnsitz, musterstadt, _) = await DemoAsync();
        var manager = await factory.LoginThroughFormAsync(WerkstattWebFactory.ManagerMusterstadt);
        var page = $"/Werkstaetten/{werkstatt}/Einreichungen/{wohnsitz}/{musterstadt}";
        var html = await manager.GetHtmlAsync(page);
        Assert.Contains("Überarbeitung angefordert", PageClient.Text(html), StringComparison.Ordinal);
        Assert.Contains("Modell als Liste", PageClient.Text(html), StringComparison.Ordinal);
        Assert.Matches("Prozess „[^“]+“\\s+Startereignis[^<]*„[^“]+“", PageClient.Text(html)); // the outline (BpmnOutline), in flow order

        var withoutToken = await manager.PostAsync(new Uri(page + "?handler=Upload", UriKind.Relative), Multipart(DemoModels.Read(DemoModels.WohnsitzV2), VersionOf(html), null));
        Assert.Equal(HttpStatusCode.BadRequest, withoutToken.StatusCode);

        var hostile = await manager.PostAsync(new Uri(page + "?handler=Upload", UriKind.Relative), Multipart("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>"u8.ToArray(), VersionOf(html), Token(html)));
        Assert.Equal(HttpStatusCode.OK, hostile.StatusCode);
        var refused = PageClient.Text(await hostile.Content.ReadAsStringAsync());
        Assert.DoesNotContain("Version 2", refused, StringComparison.Ordinal);

        var upload = await manager.PostAsync(new Uri(page + "?handler=Upload", UriKind.Relative), Multipart(DemoModels.Read(DemoModels.WohnsitzV2), VersionOf(html), Token(html)));
        Assert.True(upload.StatusCode == HttpStatusCode.Redirect, ErrorsOf(await upload.Content.ReadAsStringAsync()));
        var after = PageClient.Text(await manager.GetHtmlAsync(page));
        Assert.Contains("Version 2 ist gespeichert", after, StringComparison.Ordinal);
        Assert.Contains("wieder eingereicht", after, StringComparison.Ordinal);
        Assert.Contains("Änderungen von Version 1 zu Version 2", after, StringComparison.Ordinal);
        Assert.Matches("neu: [^„]+„Anmeldung online ausfüllen“", after);
        Assert.Matches("umbenannt: [^„]+„Meldebestätigung drucken“ → „Meldebestätigung elektronisch versenden“", after);
        Assert.Matches("geändert: Aufgabe „Daten im Melderegister erfassen“ → [^„]+„Daten im Melderegister erfassen“", after);
    }

    [Fact]
    public async Task A_bad_LeiKa_key_in_the_profile_form_is_shown_next_to_its_field()
    {
        // Its own app: another test of this class approves this submission, after which its profile is closed.
        await using var own = new WerkstattWebFactory();
        var (werkstatt, _, _, (gewerbe, neuhafen)) = await DemoAsync(own);
        var manager = await own.LoginThroughFormAsync("pm@stadt-neuhafen-am-rhein.example");
        var page = $"/Werkstaetten/{werkstatt}/Einreichungen/{gewerbe}/{neuhafen}";
        var html = await manager.GetHtmlAsync(page);

        var response = await manager.PostFormAsync(page, new() { ["Profile.Name"] = "Gewerbe anmelden", ["Profile.LeikaKey"] = "12345", ["Profile.Version"] = VersionOf(html) }, page + "?handler=Profile");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.True(LeikaError().IsMatch(body), ErrorsOf(body));
    }

    [Fact]
    public async Task Through_the_API_the_reviewer_approves_then_other_members_see_and_download_the_model()
    {
        var (werkstatt, _, _, (gewerbe, neuhafen)) = await DemoAsync();
        var reviewer = await factory.LoginAsync(Reviewer);
        var other = await factory.LoginAsync(WerkstattWebFactory.ManagerBeispielburg);
        var url = $"/api/v1/werkstaetten/{werkstatt}/submissions/{gewerbe}/{neuhafen}";
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync(new Uri(url, UriKind.Relative))).StatusCode);

        var submission = await reviewer.GetJsonAsync(url);
        Assert.Equal("Submitted", submission["state"]!.GetValue<string>());
        var noVersion = await reviewer.SendJsonAsync(HttpMethod.Post, url + "/review/approve", new { note = "ok" });
        Assert.Equal(HttpStatusCode.BadRequest, noVersion.StatusCode);
        var approved = await CycleApi.OkAsync(await reviewer.SendJsonAsync(HttpMethod.Post, url + "/review/approve", new { note = "Vorbildlich.", version = submission["version"]!.GetValue<int>() }));
        Assert.Equal("Approved", approved["state"]!.GetValue<string>());
        var again = await reviewer.SendJsonAsync(HttpMethod.Post, url + "/review/approve", new { version = approved["version"]!.GetValue<int>() });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("OnlyUploadedModelsAreReviewed", (await again.ProblemAsync())["code"]!.GetValue<string>());

        var seen = await other.GetJsonAsync(url);
        Assert.False(seen["rights"]!["upload"]!.GetValue<bool>());
        var file = await other.GetAsync(new Uri(url + "/versions/1/file", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal(DemoModels.Read(DemoModels.Gewerbe), await file.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Through_the_API_a_member_uploads_its_file_as_the_body_and_a_hostile_file_is_a_problem()
    {
        var (werkstatt, wohnsitz, _, _) = await DemoAsync();
        var coordinator = await factory.LoginAsync(WerkstattWebFactory.Coordinator);
        var beispielburg = await CycleApi.MemberIdAsync(coordinator, "Stadt Beispielburg");
        var manager = await factory.LoginAsync(WerkstattWebFactory.ManagerBeispielburg);
        var url = $"/api/v1/werkstaetten/{werkstatt}/submissions/{wohnsitz}/{beispielburg}";
        var current = await manager.GetJsonAsync(url);
        Assert.Equal("Approved", current["state"]!.GetValue<string>());
        var version = current["version"]!.GetValue<int>();

        using var xxe = new ByteArrayContent("<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/hostname\">]><d>&x;</d>"u8.ToArray());
        xxe.Headers.ContentType = new MediaTypeHeaderValue("application/xml");
        var refused = await manager.PostAsync(new Uri($"{url}/versions?version={version}&fileName=x.bpmn", UriKind.Relative), xxe);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.NotNull((await refused.ProblemAsync())["errors"]!["file"]);

        using var model = new ByteArrayContent(DemoModels.Read(DemoModels.WohnsitzStadtB));
        model.Headers.ContentType = new MediaTypeHeaderValue("application/xml");
        var decided = await manager.PostAsync(new Uri($"{url}/versions?version={version}&fileName=b.bpmn", UriKind.Relative), model);
        Assert.Equal(HttpStatusCode.Conflict, decided.StatusCode);
        Assert.Equal("DecidedSubmissionsAreNotChanged", (await decided.ProblemAsync())["code"]!.GetValue<string>());
        Assert.Single((await manager.GetJsonAsync(url))["versions"]!.AsArray());
    }

    [Fact]
    public async Task The_overview_and_the_comparison_show_every_assignment_and_the_steps_side_by_side()
    {
        var (werkstatt, wohnsitz, _, _) = await DemoAsync();
        var reviewer = await factory.LoginThroughFormAsync(Reviewer);

        var overview = PageClient.Text(await reviewer.GetHtmlAsync($"/Werkstaetten/{werkstatt}/Einreichungen"));
        var comparison = PageClient.Text(await reviewer.GetHtmlAsync($"/Werkstaetten/{werkstatt}/Vergleich/{wohnsitz}"));

        Assert.Contains("noch nicht freigegeben oder entschuldigt", overview, StringComparison.Ordinal);
        Assert.Contains("Stadt Neuhafen am Rhein", overview, StringComparison.Ordinal);
        Assert.Matches("Gebühr online bezahlen\\s+✓\\s+–\\s+nur Stadt Beispielburg", comparison);
        Assert.Matches("Unterlagen prüfen\\s+✓\\s+✓\\s+allen", comparison);
    }

    private async Task<(Guid Werkstatt, Guid Wohnsitz, Guid Musterstadt, (Guid Process, Guid Member) Gewerbe)> DemoAsync(WerkstattWebFactory? on = null)
    {
        var coordinator = await (on ?? factory).LoginAsync(WerkstattWebFactory.Coordinator);
        var network = await CycleApi.NetworkIdAsync(coordinator);
        var werkstatt = (await coordinator.GetJsonAsync($"/api/v1/networks/{network}/werkstaetten")).AsArray()
            .First(w => w!["phase"]!.GetValue<string>() == "QualityReview")!["id"]!.GetValue<Guid>();
        var rows = (await coordinator.GetJsonAsync($"/api/v1/werkstaetten/{werkstatt}/submissions"))["submissions"]!.AsArray().Select(r => r!).ToList();
        JsonNode Row(string process, string member) => rows.First(r => r["processName"]!.GetValue<string>() == process && r["memberName"]!.GetValue<string>() == member);
        var a = Row("Wohnsitz anmelden", "Stadt Musterstadt");
        var g = Row("Gewerbe anmelden", "Stadt Neuhafen am Rhein");
        return (werkstatt, a["processId"]!.GetValue<Guid>(), a["memberId"]!.GetValue<Guid>(), (g["processId"]!.GetValue<Guid>(), g["memberId"]!.GetValue<Guid>()));
    }

    private static MultipartFormDataContent Multipart(byte[] file, string version, string? token)
    {
        var content = new MultipartFormDataContent();
        var part = new ByteArrayContent(file);
        part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        content.Add(part, "Upload.File", "wohnsitz-v2.bpmn");
        content.Add(new StringContent("AsIs"), "Upload.Kind");
        content.Add(new StringContent(version), "Upload.Version");
        if (token is not null)
        {
            content.Add(new StringContent(token), "__RequestVerificationToken");
        }

        return content;
    }

    private static string Token(string html) => WebUtility.HtmlDecode(TokenPattern().Match(html).Groups[1].Value);

    private static string VersionOf(string html) => VersionPattern().Match(html).Groups[1].Value;

    private static string ErrorsOf(string html)
    {
        var text = WebUtility.HtmlDecode(html);
        var at = text.IndexOf("<main", StringComparison.Ordinal);
        return text[Math.Max(0, at)..Math.Min(text.Length, Math.Max(0, at) + 4000)];
    }

    [GeneratedRegex("id=\"Profile_LeikaKey-error\">\\s*<span[^>]*>Ein LeiKa-Schlüssel besteht aus 14 Ziffern")]
    private static partial Regex LeikaError();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("name=\"Upload.Version\" value=\"(\\d+)\"")]
    private static partial Regex VersionPattern();
}
