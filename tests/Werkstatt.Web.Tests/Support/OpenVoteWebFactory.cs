using Microsoft.AspNetCore.Hosting;

namespace Werkstatt.Web.Tests.Support;

/// <summary>The demo app whose running vote stays open for an hour, so tests on a slow machine never race its automatic close.</summary>
public sealed class OpenVoteWebFactory : WerkstattWebFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Demo:VotingDeadlineAfterStart", "01:00:00");
    }
}
