using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Network;
using Werkstatt.Service.Common;
using Werkstatt.Service.Workshop;
using Werkstatt.Web.Api.Dtos;
using Werkstatt.Web.Security;

namespace Werkstatt.Web.Api;

/// <summary>The workshop days: agenda (everyone reads, the coordination changes) and attendance.</summary>
public static class WorkshopEndpoints
{
    public static void MapWorkshop(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/werkstaetten/{id:guid}").RequireAuthorization().WithTags("Werkstatttage");
        group.MapGet("/agenda", async (Guid id, ActorAccessor actors, WorkshopService service, CancellationToken ct) =>
            ApiResults.From(await service.GetAsync(await actors.RequireAsync(ct), new WerkstattId(id), ct), v => Results.Ok(AgendaDto.From(v))));
        group.MapPut("/agenda/{day:int}", async (Guid id, int day, AgendaInputDto dto, ActorAccessor actors, WorkshopService service, CancellationToken ct) =>
        {
            if (ApiExtensions.RequireVersion(dto.Version) is { } missing)
            {
                return missing;
            }

            var items = dto.ToItems();
            if (!items.IsSuccess)
            {
                return ApiResults.Problem(items.Error);
            }

            var actor = await actors.RequireAsync(ct);
            return await AgendaAsync(service, actor, id, await service.SetAgendaAsync(actor, new WerkstattId(id), day, items.Value, dto.Version, ct), ct);
        });
        group.MapPost("/agenda/{day:int}/move", async (Guid id, int day, AgendaMoveDto dto, ActorAccessor actors, WorkshopService service, CancellationToken ct) =>
        {
            if (ApiExtensions.RequireVersion(dto.Version) is { } missing)
            {
                return missing;
            }

            if (dto.Position is not { } position || (dto.To is null && dto.Up is null))
            {
                return ApiResults.Problem(Error.Validation("position", "Bitte „position“ und „up“ (ein Schritt) oder „to“ (Ziel) angeben."));
            }

            var actor = await actors.RequireAsync(ct);
            var result = dto.To is { } to
                ? await service.MoveToAsync(actor, new WerkstattId(id), day, position, to, dto.Version, ct)
                : await service.MoveAsync(actor, new WerkstattId(id), day, position, dto.Up!.Value, dto.Version, ct);
            return await AgendaAsync(service, actor, id, result, ct);
        });
        group.MapPut("/capacity", async (Guid id, CapacityInputDto dto, ActorAccessor actors, WorkshopService service, CancellationToken ct) =>
            ApiExtensions.RequireVersion(dto.Version)
            ?? ApiResults.From(await service.SetCapacityAsync(await actors.RequireAsync(ct), new WerkstattId(id), dto.Capacity, dto.Version, ct), w => Results.Ok(new { capacity = w.Capacity, version = w.Version })));
        group.MapGet("/attendance", async (Guid id, ActorAccessor actors, AttendanceService service, CancellationToken ct) =>
            ApiResults.From(await service.GetAsync(await actors.RequireAsync(ct), new WerkstattId(id), ct), v => Results.Ok(AttendanceDto.From(v))));
        group.MapPut("/attendance", async (Guid id, AttendanceInputDto dto, ActorAccessor actors, WorkshopService workshops, AttendanceService service, CancellationToken ct) =>
        {
            if (ApiExtensions.RequireVersion(dto.Version) is { } missing)
            {
                return missing;
            }

            if (dto.Day is not { } day || dto.PersonId is not { } person || dto.Present is not { } present)
            {
                return ApiResults.Problem(Error.Validation("personId", "Bitte „day“, „personId“ und „present“ angeben."));
            }

            var actor = await actors.RequireAsync(ct);
            var recorded = await workshops.RecordAttendanceAsync(actor, new WerkstattId(id), day, new PersonId(person), present, dto.Version, ct);
            if (!recorded.IsSuccess)
            {
                return ApiResults.Problem(recorded.Error);
            }

            return ApiResults.From(await service.GetAsync(actor, new WerkstattId(id), ct), v => Results.Ok(AttendanceDto.From(v)));
        });
    }

    private static async Task<IResult> AgendaAsync(WorkshopService service, Actor actor, Guid id, Result<Werkstatt.Domain.Workshop.WorkshopDays> changed, CancellationToken ct) =>
        changed.IsSuccess
            ? ApiResults.From(await service.GetAsync(actor, new WerkstattId(id), ct), v => Results.Ok(AgendaDto.From(v)))
            : ApiResults.Problem(changed.Error);
}
