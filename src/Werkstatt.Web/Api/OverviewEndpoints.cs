using Werkstatt.Domain.Network;
using Werkstatt.Service.Overview;
using Werkstatt.Web.Api.Dtos;
using Werkstatt.Web.Security;

namespace Werkstatt.Web.Api;

/// <summary>/api/v1/networks/{id}/overview: the network overview (everyone in the network), assumptions as query parameters like the page.</summary>
public static class OverviewEndpoints
{
    public static void MapOverview(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/networks/{networkId:guid}/overview", async (
                Guid networkId, int? year, double? hoursPerProcess, double? reuseShare, ActorAccessor actors, NetworkOverviewService overviews, CancellationToken ct) =>
            ApiResults.From(
                await overviews.GetAsync(await actors.RequireAsync(ct), new NetworkId(networkId), new OverviewQuery(year, hoursPerProcess, reuseShare), ct),
                o => Results.Ok(NetworkOverviewDto.From(o))))
            .RequireAuthorization()
            .WithTags("Netzwerke");
    }
}
