using Werkstatt.Domain.Network;
using Werkstatt.Service.Networks;
using Werkstatt.Web.Api.Dtos;
using Werkstatt.Web.Security;

namespace Werkstatt.Web.Api;

/// <summary>/api/v1/networks: read for members of the network, change for coordinators, create for admins.</summary>
public static class NetworkEndpoints
{
    public static void MapNetworks(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/networks").RequireAuthorization().WithTags("Netzwerke");
        group.MapGet("/", async (ActorAccessor actors, NetworkService networks, CancellationToken ct) =>
            Results.Ok((await networks.ListAsync(await actors.RequireAsync(ct), ct)).Select(NetworkDto.From)));
        group.MapGet("/{id:guid}", async (Guid id, ActorAccessor actors, NetworkService networks, CancellationToken ct) =>
            ApiResults.From(await networks.GetAsync(await actors.RequireAsync(ct), new NetworkId(id), ct), n => Results.Ok(NetworkDto.From(n))));
        group.MapPost("/", async (NetworkCreateDto dto, ActorAccessor actors, NetworkService networks, CancellationToken ct) =>
            ApiResults.From(await networks.CreateAsync(await actors.RequireAsync(ct), dto.Name, dto.FederalState, ct), n => Results.Created($"/api/v1/networks/{n.Id}", NetworkDto.From(n))));
        group.MapPut("/{id:guid}", async (Guid id, NetworkUpdateDto dto, ActorAccessor actors, NetworkService networks, CancellationToken ct) =>
            ApiExtensions.RequireVersion(dto.Version)
            ?? ApiResults.From(
                await networks.UpdateAsync(await actors.RequireAsync(ct), new NetworkId(id), new UpdateNetwork(dto.Name, dto.FederalState, dto.Template ?? ScheduleTemplate.Default, dto.Version), ct),
                n => Results.Ok(NetworkDto.From(n))));
    }
}
