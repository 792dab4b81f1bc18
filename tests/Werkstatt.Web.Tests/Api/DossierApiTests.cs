using System.Net;
using System.Text.Json.Nodes;
using Werkstatt.Web.Tests.Support;

namespace Werkstatt.Web.Tests.Api;

/// <summary>The dossier endpoints on the demo network: state, a refused early release, no PDF before the release.</summary>
public sealed class DossierApiTests(WerkstattWebFactory factory) : IClassFixture<WerkstattWebFactory>
{
    [Fact]
    public async Task Before_the_quality_review_the_release_is_refused_with_a_rule_and_there_is_no_pdf()
    {
        var coordinator = await factory.LoginAsync(WerkstattWebFactory.Coordinator);
        var me = await coordinator.GetJsonAsync("/api/v1/me");
        var networkId = me["networkId"]!.GetValue<Guid>();
        var werkstatt = (await coordinator.GetJsonAsync($"/api/v1/networks/{networkId}/werkstaetten")).AsArray().First(w => w!["phase"]!.GetValue<string>() != "QualityReview")!;
        var id = werkstatt["id"]!.GetValue<Guid>();

        var state = await coordinator.GetJsonAsync($"/api/v1/werkstaetten/{id}/dossier");
        Assert.False(state["released"]!.GetValue<bool>());
        Assert.False(state["canRelease"]!.GetValue<bool>());
        Assert.Contains("ab der Qualitätssicherung", state["releaseBlocker"]!.GetValue<string>(), StringComparison.Ordinal);

        var release = await coordinator.SendJsonAsync(HttpMethod.Post, $"/api/v1/werkstaetten/{id}/dossier/release", new { });
        Assert.Equal(HttpStatusCode.Conflict, release.StatusCode);
        Assert.Equal("PreReadIsReleasedFromTheQualityReviewOn", JsonNode.Parse(await release.Content.ReadAsStringAsync())!["code"]!.GetValue<string>());

        var pdf = await coordinator.GetAsync(new Uri($"/api/v1/werkstaetten/{id}/dossier/pdf", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, pdf.StatusCode);
        var page = await coordinator.GetAsync(new Uri($"/Werkstaetten/{id}/Vorabunterlagen", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("noch nicht freigegeben", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
