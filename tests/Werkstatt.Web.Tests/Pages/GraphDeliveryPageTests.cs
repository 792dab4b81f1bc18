using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Werkstatt.Service.Microsoft365;
using Werkstatt.Service.Persistence;
using Werkstatt.Tests.Shared;
using Werkstatt.Web.Tests.Support;

namespace Werkstatt.Web.Tests.Pages;

/// <summary>The coordinator chooses Microsoft 365 with Teams on the edit page, sends, and the Teams link appears on the pages and in the API.</summary>
public sealed class GraphDeliveryPageTests : IAsyncLifetime
{
    private FakeGraphServer _graph = null!;
    private GraphFactory _factory = null!;

    public async ValueTask InitializeAsync()
    {
        _graph = await FakeGraphServer.StartAsync();
        _factory = new GraphFactory(_graph);
    }

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        await _graph.DisposeAsync();
    }

    [Fact]
    public async Task A_Teams_meeting_made_through_Microsoft_365_shows_its_join_link_on_the_Werkstatt_and_participants_pages()
    {
        var coordinator = await _factory.LoginThroughFormAsync(WerkstattWebFactory.Coordinator);
        var networkId = await CycleApi.NetworkIdAsync(coordinator);
        var configuration = _factory.Services.GetRequiredService<IConfiguration>();
        foreach (var (key, value) in _graph.Settings(networkId))
        {
            configuration[key] = value;
        }

        _factory.Services.GetRequiredService<IOptionsMonitorCache<Microsoft365Options>>().Clear();
        var id = await CycleApi.PlanAsync(coordinator, "Teams-Werkstatt");
        Guid personId;
        using (var scope = _factory.Services.CreateScope())
        {
            personId = (await scope.ServiceProvider.GetRequiredService<WerkstattDbContext>().People.FirstAsync(p => p.NetworkId == new Werkstatt.Domain.Network.NetworkId(networkId) && p.MemberId != null)).Id.Value;
        }

        Assert.Equal(HttpStatusCode.Created, (await coordinator.SendJsonAsync(HttpMethod.Post, $"/api/v1/werkstaetten/{id}/participants", new { personId, role = "ProcessManager" })).StatusCode);
        var edit = $"/Werkstaetten/{id}/Bearbeiten";
        Assert.Contains("Über Microsoft 365", PageClient.Text(await coordinator.GetHtmlAsync(edit)), StringComparison.Ordinal);
        var chosen = await coordinator.PostFormAsync(edit, new() { ["delivery"] = "Graph", ["teamsMeeting"] = "true", ["deliveryVersion"] = "0" }, edit + "?handler=Delivery");
        Assert.Equal(HttpStatusCode.Redirect, chosen.StatusCode);
        var participants = $"/Werkstaetten/{id}/Teilnehmende";
        Assert.Equal(HttpStatusCode.Redirect, (await coordinator.PostFormAsync(participants, [], participants + "?handler=Send")).StatusCode);

        using (var scope = _factory.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<GraphCalendarSync>().RunDueAsync();
        }

        var delivery = await coordinator.GetJsonAsync($"/api/v1/werkstaetten/{id}/invitations/delivery");
        Assert.Equal("Graph", delivery["delivery"]!.GetValue<string>());
        var joinUrl = delivery["joinUrl"]!.GetValue<string>();
        Assert.StartsWith("https://teams.microsoft.com/l/meetup-join/", joinUrl, StringComparison.Ordinal);
        Assert.Contains(joinUrl, await coordinator.GetHtmlAsync($"/Werkstaetten/{id}"), StringComparison.Ordinal);
        var page = await coordinator.GetHtmlAsync(participants);
        Assert.Contains(joinUrl, page, StringComparison.Ordinal);
        Assert.Contains("über Microsoft 365 verschickt", PageClient.Text(page), StringComparison.Ordinal);
        Assert.Equal(2, _graph.Events.Count);
        Assert.All(_graph.Events, e => Assert.True(e["isOnlineMeeting"]!.GetValue<bool>()));

        // Sent: the way cannot change any more (an attendee must never get both).
        var refused = await coordinator.SendJsonAsync(HttpMethod.Put, $"/api/v1/werkstaetten/{id}/invitations/delivery", new { delivery = "Email", teamsMeeting = false, version = delivery["version"]!.GetValue<int>() });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Versandweg kann nicht mehr gewechselt werden", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private sealed class GraphFactory(FakeGraphServer graph) : WerkstattWebFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(s => s.Replace(ServiceDescriptor.Singleton(graph.HandlerFactory())));
        }
    }
}
