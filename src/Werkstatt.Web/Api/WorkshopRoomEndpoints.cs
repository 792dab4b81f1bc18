using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Processes;
using Werkstatt.Domain.WorkshopNotes;
using Werkstatt.Service.WorkshopNotes;
using Werkstatt.Web.Api.Dtos;
using Werkstatt.Web.Security;

namespace Werkstatt.Web.Api;

/// <summary>
/// The workshop room of a process: notes (weak spots, ideas, good practice, open questions, decisions) and action items.
/// Everyone in the network reads; the facilitators write; changes, deletions and "done" name the version they are based on.
/// </summary>
public static class WorkshopRoomEndpoints
{
    public static void MapWorkshopRoom(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/werkstaetten/{id:guid}/processes/{processId:guid}/room").RequireAuthorization().WithTags("Werkstattraum");
        group.MapGet("/", async (Guid id, Guid processId, ActorAccessor actors, WorkshopNotesService service, CancellationToken ct) =>
            ApiResults.From(await service.GetAsync(await actors.RequireAsync(ct), new WerkstattId(id), new ProcessId(processId), ct), v => Results.Ok(WorkshopRoomDto.From(v))));

        group.MapPost("/notes", async (Guid id, Guid processId, NoteInputDto dto, ActorAccessor actors, WorkshopNotesService service, CancellationToken ct) =>
            ApiResults.From(
                await service.AddAsync(await actors.RequireAsync(ct), new WerkstattId(id), new ProcessId(processId), new NoteInput(dto.Kind, dto.Text, dto.MemberId), ct),
                n => Results.Created($"/api/v1/werkstaetten/{id}/processes/{processId}/room", WorkshopNoteDto.From(n))));
        group.MapPut("/notes/{noteId:guid}", async (Guid id, Guid processId, Guid noteId, NoteInputDto dto, ActorAccessor actors, WorkshopNotesService service, CancellationToken ct) =>
            ApiExtensions.RequireVersion(dto.Version) ?? ApiResults.From(
                await service.EditAsync(await actors.RequireAsync(ct), new WerkstattId(id), new ProcessId(processId), new WorkshopNoteId(noteId), new NoteInput(dto.Kind, dto.Text, dto.MemberId), dto.Version!.Value, ct),
                n => Results.Ok(WorkshopNoteDto.From(n))));
        group.MapDelete("/notes/{noteId:guid}", async (Guid id, Guid processId, Guid noteId, int? version, ActorAccessor actors, WorkshopNotesService service, CancellationToken ct) =>
            ApiExtensions.RequireVersion(version) ?? ApiResults.From(
                await service.DeleteAsync(await actors.RequireAsync(ct), new WerkstattId(id), new ProcessId(processId), new WorkshopNoteId(noteId), version!.Value, ct),
                _ => Results.NoContent()));

        group.MapPost("/action-items", async (Guid id, Guid processId, ActionItemInputDto dto, ActorAccessor actors, ActionItemService service, CancellationToken ct) =>
            ApiResults.From(
                await service.AddAsync(await actors.RequireAsync(ct), new WerkstattId(id), new ProcessId(processId), new ActionItemInput(dto.Text, dto.Owner, dto.Due), ct),
                a => Results.Created($"/api/v1/werkstaetten/{id}/processes/{processId}/room", ActionItemDto.From(a))));
        group.MapPut("/action-items/{itemId:guid}", async (Guid id, Guid processId, Guid itemId, ActionItemInputDto dto, ActorAccessor actors, ActionItemService service, CancellationToken ct) =>
            ApiExtensions.RequireVersion(dto.Version) ?? ApiResults.From(
                await service.EditAsync(await actors.RequireAsync(ct), new WerkstattId(id), new ProcessId(processId), new ActionItemId(itemId), new ActionItemInput(dto.Text, dto.Owner, dto.Due), dto.Version!.Value, ct),
                a => Results.Ok(ActionItemDto.From(a))));
        group.MapPost("/action-items/{itemId:guid}/done", async (Guid id, Guid processId, Guid itemId, ActionItemDoneDto dto, ActorAccessor actors, ActionItemService service, CancellationToken ct) =>
            ApiExtensions.RequireVersion(dto.Version) ?? ApiResults.From(
                await service.MarkDoneAsync(await actors.RequireAsync(ct), new WerkstattId(id), new ProcessId(processId), new ActionItemId(itemId), dto.Done, dto.Version!.Value, ct),
                a => Results.Ok(ActionItemDto.From(a))));
        group.MapDelete("/action-items/{itemId:guid}", async (Guid id, Guid processId, Guid itemId, int? version, ActorAccessor actors, ActionItemService service, CancellationToken ct) =>
            ApiExtensions.RequireVersion(version) ?? ApiResults.From(
                await service.DeleteAsync(await actors.RequireAsync(ct), new WerkstattId(id), new ProcessId(processId), new ActionItemId(itemId), version!.Value, ct),
                _ => Results.NoContent()));
    }
}
