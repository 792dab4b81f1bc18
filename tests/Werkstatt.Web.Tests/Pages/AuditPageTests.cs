using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Werkstatt.Web.Tests.Support;

namespace Werkstatt.Web.Tests.Pages;

/// <summary>The page „Protokoll“: a change made through the API appears with the person who made it; only coordination and admins see it.</summary>
public sealed class AuditPageTests(WerkstattWebFactory factory) : IClassFixture<WerkstattWebFactory>
{
    private const string Page = "/Verwaltung/Protokoll";

    [Fact]
    public async Task A_change_through_the_api_is_listed_with_its_author_filtered_and_as_csv()
    {
        var api = await factory.LoginAsync(WerkstattWebFactory.Coordinator);
        var networkId = (await api.GetJsonAsync("/api/v1/me"))["networkId"]!.GetValue<Guid>();
        var created = await api.SendJsonAsync(HttpMethod.Post, $"/api/v1/networks/{networkId}/members", new { name = "Gemeinde Protokollhausen", level = "Gemeinde", population = 4000, staffCount = 40 });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var memberId = JsonNode.Parse(await created.Content.ReadAsStringAsync())!["id"]!.GetValue<Guid>();

        var pages = await factory.LoginThroughFormAsync(WerkstattWebFactory.Coordinator);
        var text = PageClient.Text(await pages.GetHtmlAsync($"{Page}?art=Verwaltung&verwaltung={memberId}"));
        Assert.Contains("Katrin Koordinatorin", text, StringComparison.Ordinal);
        Assert.Contains("Verwaltung „Gemeinde Protokollhausen“ angelegt.", text, StringComparison.Ordinal);
        Assert.Contains("Einträge 1–1 von 1", text, StringComparison.Ordinal);

        var csv = await pages.GetAsync(new Uri($"{Page}?handler=Csv&art=Verwaltung&verwaltung={memberId}", UriKind.Relative));
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var lines = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Contains(";Katrin Koordinatorin;", lines[1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(WerkstattWebFactory.Admin, true)]
    [InlineData(WerkstattWebFactory.ManagerMusterstadt, false)]
    public async Task Only_coordination_and_admins_see_the_audit_trail(string email, bool allowed)
    {
        var client = await factory.LoginThroughFormAsync(email);
        var response = await client.GetAsync(new Uri(Page, UriKind.Relative));
        if (allowed)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("in allen Netzwerken", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal("/ZugriffVerweigert", response.Headers.Location?.AbsolutePath);
        }
    }
}
