using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Participants;
using Werkstatt.Service.Invitations;
using Werkstatt.Service.Participants;
using Werkstatt.Web.Api.Dtos;
using Werkstatt.Web.Security;

namespace Werkstatt.Web.Api;

/// <summary>Participants of a workshop and sending its invitations (coordinator).</summary>
public static class ParticipantEndpoints
{
    public static void MapParticipants(IEndpointRouteBuilder app)
    {
        var werkstatt = app.MapGroup("/api/v1/werkstaetten/{id:guid}").RequireAuthorization().WithTags("Teilnehmende");
        werkstatt.MapGet("/participants", async (Guid id, ActorAccessor actors, ParticipantService service, CancellationToken ct) =>
            ApiResults.From(await service.ListAsync(await actors.RequireAsync(ct), new WerkstattId(id), ct), v => Results.Ok(v.Rows.Select(ParticipantDto.From))));
        werkstatt.MapPost("/participants", async (Guid id, ParticipantInputDto dto, ActorAccessor actors, ParticipantService service, CancellationToken ct) =>
            ApiResults.From(
                await service.AddAsync(await actors.RequireAsync(ct), new WerkstattId(id), new ParticipantInput(dto.PersonId, dto.Role, dto.Function, dto.ProcessIds), ct),
                p => Results.Created($"/api/v1/participants/{p.Id}", new { id = p.Id.Value, version = p.Version })));
        werkstatt.MapPost("/invitations", async (Guid id, ActorAccessor actors, InvitationService service, CancellationToken ct) =>
            ApiResults.From(await service.SendAsync(await actors.RequireAsync(ct), new WerkstattId(id), ct), n => Results.Ok(new InvitationsSentDto(n))));
        werkstatt.MapGet("/invitations/delivery", async (Guid id, ActorAccessor actors, InvitationService service, CancellationToken ct) =>
            ApiResults.From(await service.DeliveryAsync(await actors.RequireAsync(ct), new WerkstattId(id), ct), v => Results.Ok(DeliveryDto.From(v))));
        werkstatt.MapPut("/invitations/delivery", async (Guid id, DeliveryInputDto dto, ActorAccessor actors, InvitationService service, CancellationToken ct) =>
            ApiExtensions.RequireVersion(dto.Version)
            ?? (dto.Delivery is not { } delivery
                ? ApiResults.Problem(Werkstatt.Service.Common.Error.Validation("delivery", "Bitte „Email“ oder „Graph“ angeben."))
                : ApiResults.From(
                    await service.ChooseDeliveryAsync(await actors.RequireAsync(ct), new WerkstattId(id), delivery, dto.TeamsMeeting ?? false, dto.Version!.Value, ct),
                    c => Results.Ok(new { delivery = c.Delivery, teamsMeeting = c.TeamsMeeting, version = c.Version }))));
        werkstatt.MapPost("/invitations/retry", async (Guid id, ActorAccessor actors, InvitationService service, CancellationToken ct) =>
            ApiResults.From(await service.RetryGraphAsync(await actors.RequireAsync(ct), new WerkstattId(id), ct), n => Results.Ok(new InvitationsSentDto(n))));

        var single = app.MapGroup("/api/v1/participants").RequireAuthorization().WithTags("Teilnehmende");
        single.MapDelete("/{id:guid}", async (Guid id, int? version, ActorAccessor actors, ParticipantService service, CancellationToken ct) =>
            ApiExtensions.RequireVersion(version)
            ?? ApiResults.From(await service.RemoveAsync(await actors.RequireAsync(ct), new ParticipantId(id), version, ct), _ => Results.NoContent()));
    }
}
