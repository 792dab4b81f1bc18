using System.Net;
using System.Net.Http.Json;
using Werkstatt.Web.Tests.Support;

namespace Werkstatt.Web.Tests.Api;

/// <summary>Several instances on one database accept each other's login cookies (keys live in the database).</summary>
public sealed class SharedKeysTests
{
    [Fact]
    public async Task A_login_cookie_from_one_instance_works_on_another_sharing_the_database()
    {
        await using var first = new WerkstattWebFactory();
        var client = first.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = false });
        var login = await client.PostAsJsonAsync("/api/v1/auth/login", new { email = WerkstattWebFactory.Coordinator, password = WerkstattWebFactory.DemoPassword });
        Assert.Equal(HttpStatusCode.NoContent, login.StatusCode);
        var cookie = login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("werkstatt.auth=", StringComparison.Ordinal)).Split(';')[0];

        await using var second = first.SecondInstance();
        var other = second.NewClient();
        other.DefaultRequestHeaders.Add("Cookie", cookie);

        var response = await other.GetAsync(new Uri("/api/v1/me", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
