using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Werkstatt.Web.Tests.Support;

namespace Werkstatt.Web.Tests.Api;

public sealed class ApiBasicsTests(WerkstattWebFactory factory) : IClassFixture<WerkstattWebFactory>
{
    [Fact]
    public async Task Healthz_reports_a_healthy_database()
    {
        var response = await factory.NewClient().GetAsync(new Uri("/healthz", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task OpenApi_document_describes_the_v1_endpoints()
    {
        var document = await factory.NewClient().GetJsonAsync("/openapi/v1.json");
        var paths = document["paths"]!.AsObject().Select(p => p.Key).ToList();
        Assert.Contains("/api/v1/werkstaetten/{id}/phase", paths);
        Assert.Contains("/api/v1/networks/{networkId}/members", paths);
        Assert.StartsWith("3.", document["openapi"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_without_login_answers_401_problem_not_a_redirect()
    {
        var response = await factory.NewClient().GetAsync(new Uri("/api/v1/networks", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var problem = await response.ProblemAsync();
        Assert.Equal("Bitte melden Sie sich an.", problem["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task Pages_without_login_redirect_to_the_login_page()
    {
        var response = await factory.NewClient().GetAsync(new Uri("/Werkstaetten", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://localhost/Anmelden", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wrong_password_is_refused_in_german()
    {
        var response = await factory.NewClient().PostAsJsonAsync("/api/v1/auth/login", new { email = WerkstattWebFactory.Coordinator, password = "falsch" });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("E-Mail-Adresse oder Passwort ist falsch.", (await response.ProblemAsync())["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task Malformed_json_gets_a_400_problem_and_changes_nothing()
    {
        var client = await factory.LoginAsync(WerkstattWebFactory.Coordinator);
        var me = await client.GetJsonAsync("/api/v1/me");
        var networkId = me["networkId"]!.GetValue<Guid>();
        var before = (await client.GetJsonAsync($"/api/v1/networks/{networkId}/werkstaetten")).AsArray().Count;

        var response = await client.PostAsync(
            new Uri($"/api/v1/networks/{networkId}/werkstaetten", UriKind.Relative),
            new StringContent("{\"firstDay\": \"2027-03-16\", \"format\": ", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("kein gültiges JSON", (await response.ProblemAsync())["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(before, (await client.GetJsonAsync($"/api/v1/networks/{networkId}/werkstaetten")).AsArray().Count);
    }

    [Fact]
    public async Task Unknown_ids_get_404_problem()
    {
        var client = await factory.LoginAsync(WerkstattWebFactory.Coordinator);
        var response = await client.GetAsync(new Uri($"/api/v1/werkstaetten/{Guid.NewGuid()}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Die Werkstatt wurde nicht gefunden.", (await response.ProblemAsync())["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task Holidays_of_a_state_are_listed_and_an_unknown_state_is_refused()
    {
        var client = await factory.LoginAsync(WerkstattWebFactory.Coordinator);
        var holidays = (await client.GetJsonAsync("/api/v1/holidays?state=NW&year=2026")).AsArray();
        Assert.Contains(holidays, h => h!["name"]!.GetValue<string>() == "Fronleichnam" && h["date"]!.GetValue<string>() == "2026-06-04");

        var bad = await client.GetAsync(new Uri("/api/v1/holidays?state=XX&year=2026", UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("Unbekanntes Bundesland", (await bad.ProblemAsync())["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Me_shows_role_and_member_of_a_process_manager()
    {
        var client = await factory.LoginAsync(WerkstattWebFactory.ManagerMusterstadt);
        var me = await client.GetJsonAsync("/api/v1/me");
        Assert.Equal(["ProcessManager"], me["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.NotNull(me["memberId"]);
        Assert.True(Guid.TryParse(me["memberId"]!.GetValue<string>(), out _));
    }
}
