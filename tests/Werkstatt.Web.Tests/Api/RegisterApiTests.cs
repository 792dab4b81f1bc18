using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Werkstatt.Web.Tests.Support;

namespace Werkstatt.Web.Tests.Api;

/// <summary>Registers over HTTP with the demo data: who sees which register, export and re-import, errors by row, the pages.</summary>
public sealed class RegisterApiTests(WerkstattWebFactory factory) : IClassFixture<WerkstattWebFactory>
{
    [Fact]
    public async Task A_register_is_visible_to_its_member_and_the_coordinator_and_to_others_only_when_shared()
    {
        var coordinator = await factory.LoginAsync(WerkstattWebFactory.Coordinator);
        var manager = await factory.LoginAsync(WerkstattWebFactory.ManagerMusterstadt);
        var (own, other, shared, networkId) = await MembersAsync(coordinator, manager);

        var mine = await manager.GetJsonAsync($"/api/v1/members/{own}/register");
        Assert.True(mine["exists"]!.GetValue<bool>());
        Assert.True(mine["entries"]!.AsArray().Count > 80);
        Assert.Equal(2, mine["latestBlueprintVersion"]!.GetValue<int>());
        Assert.Equal(2, mine["pending"]!.AsArray().Count);
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.GetAsync(new Uri($"/api/v1/members/{other}/register", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await manager.GetAsync(new Uri($"/api/v1/members/{shared}/register", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await coordinator.GetAsync(new Uri($"/api/v1/members/{other}/register", UriKind.Relative))).StatusCode);
        var network = await manager.GetJsonAsync($"/api/v1/networks/{networkId}/registers");
        Assert.Equal(13, network["withRegister"]!.GetValue<int>());
        Assert.NotEmpty(network["proposals"]!.AsArray());
        var anonymous = factory.NewClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(new Uri($"/api/v1/members/{own}/register", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task The_exported_excel_file_imports_back_and_a_bad_csv_is_refused_by_row()
    {
        var coordinator = await factory.LoginAsync(WerkstattWebFactory.Coordinator);
        var manager = await factory.LoginAsync(WerkstattWebFactory.ManagerBeispielburg);
        var me = await manager.GetJsonAsync("/api/v1/me");
        var member = me["memberId"]!.GetValue<Guid>();
        var before = await manager.GetJsonAsync($"/api/v1/members/{member}/register");
        var version = before["version"]!.GetValue<int>();

        var export = await manager.GetAsync(new Uri($"/api/v1/members/{member}/register/export?format=xlsx", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        var xlsx = await export.Content.ReadAsByteArrayAsync();
        var imported = await PostFileAsync(manager, $"/api/v1/members/{member}/register/import?version={version}", xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        var after = await manager.GetJsonAsync($"/api/v1/members/{member}/register");
        Assert.Equal(before["entries"]!.ToJsonString(), after["entries"]!.ToJsonString());

        var bad = Encoding.UTF8.GetBytes("Gruppe;Prozess;Fallzahl pro Jahr\r\nOrdnung;Neu;viele\r\n");
        var refused = await PostFileAsync(manager, $"/api/v1/members/{member}/register/import?version={after["version"]}", bad, "text/csv");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var problem = await refused.ProblemAsync();
        Assert.Equal("Zeile 2: Fallzahl ist keine ganze Zahl.", problem["errors"]!["file"]![0]!.GetValue<string>());
        Assert.Equal(after["version"]!.GetValue<int>(), (await coordinator.GetJsonAsync($"/api/v1/members/{member}/register"))["version"]!.GetValue<int>());
    }

    [Theory]
    [InlineData(WerkstattWebFactory.Coordinator, "/Verwaltung/Blaupausen", "Bürgerservice")]
    [InlineData(WerkstattWebFactory.Coordinator, "/Register/Netzwerk", "Themenvorschläge")]
    [InlineData(WerkstattWebFactory.ManagerMusterstadt, "/Register", "Wohnsitz anmelden")]
    [InlineData(WerkstattWebFactory.ManagerMusterstadt, "/Register/Netzwerk", "Summen des Netzwerks")]
    public async Task The_register_pages_show_the_demo_data(string email, string url, string text)
    {
        var client = await factory.LoginThroughFormAsync(email);

        var html = PageClient.Text(await client.GetHtmlAsync(url));

        Assert.Contains(text, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_register_page_offers_every_register_to_the_coordinator_and_only_own_and_shared_ones_to_a_manager()
    {
        var coordinator = await factory.LoginThroughFormAsync(WerkstattWebFactory.Coordinator);
        var manager = await factory.LoginThroughFormAsync(WerkstattWebFactory.ManagerMusterstadt);

        var all = MemberChoices(await coordinator.GetHtmlAsync("/Register"));
        var some = MemberChoices(await manager.GetHtmlAsync("/Register"));

        Assert.Equal(13, all.Count);
        Assert.Contains("Stadt Beispielburg", all);
        Assert.Contains("Stadt Musterstadt", some);
        Assert.Contains("Kreis Musterland", some);
        Assert.DoesNotContain("Stadt Beispielburg", some);
    }

    // The options of the "Register von" choice: the only ones on the page whose value is a member's id.
    private static List<string> MemberChoices(string html) =>
        System.Text.RegularExpressions.Regex.Matches(html, "<option value=\"[0-9a-f-]{36}\"[^>]*>([^<]+)</option>", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1))
            .Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();

    private static async Task<(Guid Own, Guid Other, Guid Shared, Guid Network)> MembersAsync(HttpClient coordinator, HttpClient manager)
    {
        var me = await manager.GetJsonAsync("/api/v1/me");
        var networkId = me["networkId"]!.GetValue<Guid>();
        var members = (await coordinator.GetJsonAsync($"/api/v1/networks/{networkId}/members")).AsArray();
        Guid Id(string name) => members.First(m => m!["name"]!.GetValue<string>() == name)!["id"]!.GetValue<Guid>();
        return (me["memberId"]!.GetValue<Guid>(), Id("Stadt Beispielburg"), Id("Kreis Musterland"), networkId);
    }

    private static Task<HttpResponseMessage> PostFileAsync(HttpClient client, string url, byte[] content, string type)
    {
        var body = new ByteArrayContent(content);
        body.Headers.ContentType = new MediaTypeHeaderValue(type);
        return client.PostAsync(new Uri(url, UriKind.Relative), body);
    }
}
