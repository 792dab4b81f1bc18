using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Network;
using Werkstatt.Service.Werkstaetten;
using Werkstatt.Web.Api.Dtos;
using Werkstatt.Web.Security;

namespace Werkstatt.Web.Api;

/// <summary>Werkstätten: plan (one or a year), read, change dates and place, move through the cycle, cancel.</summary>
public static class WerkstattEndpoints
{
    public static void MapWerkstaetten(IEndpointRouteBuilder app)
    {
        var network = app.MapGroup("/api/v1/networks/{networkId:guid}/werkstaetten").RequireAuthorization().WithTags("Werkstätten");
        network.MapGet("/", async (Guid networkId, ActorAccessor actors, WerkstattService service, CancellationToken ct) =>
            ApiResults.From(await service.ListAsync(await actors.RequireAsync(ct), new NetworkId(networkId), ct), list => Results.Ok(list.Select(WerkstattSummaryDto.From))));
        network.MapPost("/", async (Guid networkId, PlanWerkstattDto dto, ActorAccessor actors, WerkstattService service, CancellationToken ct) =>
            ApiResults.From(
                await service.PlanAsync(await actors.RequireAsync(ct), new PlanWerkstatt(new NetworkId(networkId), dto.Title, dto.FirstDay, dto.Days, dto.Format, dto.MeetingUrl, dto.Address), ct),
                v => Results.Created($"/api/v1/werkstaetten/{v.Werkstatt.Id}", WerkstattDto.From(v))));
        network.MapPost("/plan-year", async (Guid networkId, PlanYearDto dto, ActorAccessor actors, WerkstattService service, CancellationToken ct) =>
            ApiResults.From(
                await service.PlanYearAsync(await actors.RequireAsync(ct), new PlanYear(new NetworkId(networkId), dto.Year, dto.Format, dto.MeetingUrl, dto.Address), ct),
                r => Results.Ok(new { Planned = r.Planned.Select(WerkstattDto.From).ToList(), r.Skipped })));

        var single = app.MapGroup("/api/v1/werkstaetten").RequireAuthorization().WithTags("Werkstätten");
        single.MapGet("/{id:guid}", async (Guid id, ActorAccessor actors, WerkstattService service, CancellationToken ct) =>
            ApiResults.From(await service.GetAsync(await actors.RequireAsync(ct), new WerkstattId(id), ct), v => Results.Ok(WerkstattDto.From(v))));
        single.MapPut("/{id:guid}", async (Guid id, UpdateWerkstattDto dto, ActorAccessor actors, WerkstattService service, CancellationToken ct) =>
            ApiExtensions.RequireVersion(dto.Version)
            ?? ApiResults.From(
                await service.UpdateAsync(await actors.RequireAsync(ct), new WerkstattId(id), new UpdateWerkstatt(dto.Title, dto.Schedule, dto.Format, dto.MeetingUrl, dto.Address, dto.Version), ct),
                v => Results.Ok(WerkstattDto.From(v))));
        single.MapPost("/{id:guid}/phase", async (Guid id, MoveWerkstattDto dto, ActorAccessor actors, WerkstattService service, CancellationToken ct) =>
            ApiExtensions.RequireVersion(dto.Version)
            ?? ApiResults.From(await service.MoveAsync(await actors.RequireAsync(ct), new WerkstattId(id), dto.Target, dto.Version, ct), v => Results.Ok(WerkstattDto.From(v))));
        single.MapPost("/{id:guid}/cancel", async (Guid id, CancelWerkstattDto dto, ActorAccessor actors, WerkstattService service, CancellationToken ct) =>
            ApiExtensions.RequireVersion(dto.Version)
            ?? ApiResults.From(await service.CancelAsync(await actors.RequireAsync(ct), new WerkstattId(id), dto.Reason, dto.Version, ct), v => Results.Ok(WerkstattDto.From(v))));
    }
}
