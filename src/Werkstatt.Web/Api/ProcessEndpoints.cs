using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Processes;
using Werkstatt.Domain.Voting;
using Werkstatt.Service.Processes;
using Werkstatt.Web.Api.Dtos;
using Werkstatt.Web.Security;

namespace Werkstatt.Web.Api;

/// <summary>Processes of a Werkstatt: list; the coordinator derives them from winning topics and edits them.</summary>
public static class ProcessEndpoints
{
    public static void MapProcesses(IEndpointRouteBuilder app)
    {
        var werkstatt = app.MapGroup("/api/v1/werkstaetten/{id:guid}/processes").RequireAuthorization().WithTags("Prozesse");
        werkstatt.MapGet("/", async (Guid id, ActorAccessor actors, ProcessService service, CancellationToken ct) =>
            ApiResults.From(await service.ListAsync(await actors.RequireAsync(ct), new WerkstattId(id), ct), v => Results.Ok(v.Processes.Select(ProcessDto.From))));
        werkstatt.MapPost("/", async (Guid id, ProcessInputDto dto, ActorAccessor actors, ProcessService service, CancellationToken ct) =>
            ApiResults.From(
                await service.DeriveAsync(await actors.RequireAsync(ct), new WerkstattId(id), ToInput(dto), ct),
                p => Results.Created($"/api/v1/processes/{p.Id}", ProcessDto.From(p))));

        var single = app.MapGroup("/api/v1/processes").RequireAuthorization().WithTags("Prozesse");
        single.MapPut("/{id:guid}", async (Guid id, ProcessInputDto dto, ActorAccessor actors, ProcessService service, CancellationToken ct) =>
            ApiExtensions.RequireVersion(dto.Version)
            ?? ApiResults.From(await service.UpdateAsync(await actors.RequireAsync(ct), new ProcessId(id), ToInput(dto), ct), p => Results.Ok(ProcessDto.From(p))));
    }

    private static ProcessInput ToInput(ProcessInputDto dto) => new(
        dto.TopicId is { } t && t != Guid.Empty ? new TopicId(t) : null, dto.Name, dto.LeikaKey, dto.ModellersNeeded, dto.Levels ?? [], dto.CrossesLevels, dto.Version);
}
