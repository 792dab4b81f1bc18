using System.Net;
using System.Net.Http.Json;
using Werkstatt.Web.Tests.Support;

namespace Werkstatt.Web.Tests.Api;

public sealed class LoginProtectionTests
{
    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_for_the_right_one()
    {
        await using var factory = new WerkstattWebFactory();
        var client = factory.NewClient();
        for (var i = 0; i < 5; i++)
        {
            var wrong = await client.PostAsJsonAsync("/api/v1/auth/login", new { email = WerkstattWebFactory.ManagerBeispielburg, password = $"falsch-{i}" });
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        var right = await client.PostAsJsonAsync("/api/v1/auth/login", new { email = WerkstattWebFactory.ManagerBeispielburg, password = WerkstattWebFactory.DemoPassword });

        Assert.Equal(HttpStatusCode.Unauthorized, right.StatusCode);
        Assert.Contains("vorübergehend gesperrt", (await right.ProblemAsync())["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_attempts_beyond_the_limit_get_429()
    {
        await using var factory = new StrictLoginFactory();
        var client = factory.NewClient();
        var codes = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            codes.Add((await client.PostAsJsonAsync("/api/v1/auth/login", new { email = "niemand@example.org", password = "x" })).StatusCode);
        }

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests], codes);
        var health = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    private sealed class StrictLoginFactory : WerkstattWebFactory
    {
        protected override int LoginAttemptsPerMinute => 3;
    }
}
