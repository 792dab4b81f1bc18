using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Network;
using Werkstatt.Domain.Processes;
using Werkstatt.Service.Common;
using Werkstatt.Service.Staffing;
using Werkstatt.Web.Api.Dtos;
using Werkstatt.Web.Security;

namespace Werkstatt.Web.Api;

/// <summary>The assignment: each member's offer (capacity, bids, claims) and the coordinator's board (solve, override, confirm).</summary>
public static class AssignmentEndpoints
{
    public static void MapAssignment(IEndpointRouteBuilder app)
    {
        var offer = app.MapGroup("/api/v1/werkstaetten/{id:guid}/members/{memberId:guid}").RequireAuthorization().WithTags("Zuteilung");
        offer.MapGet("/offer", async (Guid id, Guid memberId, ActorAccessor actors, OfferService service, CancellationToken ct) =>
            ApiResults.From(await service.GetAsync(await actors.RequireAsync(ct), new WerkstattId(id), new MemberId(memberId), ct), v => Results.Ok(OfferDto.From(v))));
        offer.MapPut("/capacity", async (Guid id, Guid memberId, CapacityDto dto, ActorAccessor actors, OfferService service, CancellationToken ct) =>
            ApiExtensions.RequireVersion(dto.Version)
            ?? ApiResults.From(await service.DeclareCapacityAsync(await actors.RequireAsync(ct), new WerkstattId(id), new MemberId(memberId), dto.Capacity, dto.Version, ct), v => Results.Ok(OfferDto.From(v))));
        offer.MapPut("/bids", async (Guid id, Guid memberId, BidsDto dto, ActorAccessor actors, OfferService service, CancellationToken ct) =>
            ApiExtensions.RequireVersion(dto.Version)
            ?? ApiResults.From(
                await service.SetBidsAsync(
                    await actors.RequireAsync(ct), new WerkstattId(id), new MemberId(memberId),
                    (dto.Bids ?? []).Where(b => b.ProcessId != Guid.Empty).GroupBy(b => b.ProcessId).ToDictionary(g => new ProcessId(g.Key), g => g.Last().Bid), dto.Version, ct),
                v => Results.Ok(OfferDto.From(v))));
        offer.MapPost("/claims", async (Guid id, Guid memberId, ClaimDto dto, ActorAccessor actors, OfferService service, CancellationToken ct) =>
            ApiExtensions.RequireVersion(dto.Version)
            ?? (dto.ProcessId == Guid.Empty
                ? ApiResults.Problem(Error.Validation("processId", "Bitte einen Prozess angeben."))
                : ApiResults.From(await service.ClaimAsync(await actors.RequireAsync(ct), new WerkstattId(id), new MemberId(memberId), new ProcessId(dto.ProcessId), dto.Version, ct), v => Results.Ok(OfferDto.From(v)))));
        offer.MapPost("/claims/{processId:guid}/release", async (Guid id, Guid memberId, Guid processId, VersionDto dto, ActorAccessor actors, OfferService service, CancellationToken ct) =>
            ApiExtensions.RequireVersion(dto.Version)
            ?? ApiResults.From(await service.ReleaseAsync(await actors.RequireAsync(ct), new WerkstattId(id), new MemberId(memberId), new ProcessId(processId), dto.Version, ct), v => Results.Ok(OfferDto.From(v))));

        var board = app.MapGroup("/api/v1/werkstaetten/{id:guid}/assignment").RequireAuthorization().WithTags("Zuteilung");
        board.MapGet("/", async (Guid id, ActorAccessor actors, AssignmentService service, CancellationToken ct) =>
            ApiResults.From(await service.BoardAsync(await actors.RequireAsync(ct), new WerkstattId(id), ct), b => Results.Ok(BoardDto.From(b))));
        board.MapPost("/solve", async (Guid id, VersionDto dto, ActorAccessor actors, AssignmentService service, CancellationToken ct) =>
            ApiExtensions.RequireVersion(dto.Version)
            ?? ApiResults.From(await service.SolveAsync(await actors.RequireAsync(ct), new WerkstattId(id), dto.Version, ct), b => Results.Ok(BoardDto.From(b))));
        board.MapPost("/override", async (Guid id, OverrideCellDto dto, ActorAccessor actors, AssignmentService service, CancellationToken ct) =>
            ApiExtensions.RequireVersion(dto.Version)
            ?? (dto.ProcessId == Guid.Empty || dto.MemberId == Guid.Empty
                ? ApiResults.Problem(Error.Validation(dto.ProcessId == Guid.Empty ? "processId" : "memberId", "Bitte Prozess und Verwaltung angeben."))
                : ApiResults.From(
                    await service.OverrideAsync(await actors.RequireAsync(ct), new WerkstattId(id), new OverrideCell(new ProcessId(dto.ProcessId), new MemberId(dto.MemberId), dto.Assign, dto.ConfirmViolation, dto.Version), ct),
                    b => Results.Ok(BoardDto.From(b)))));
        board.MapPost("/confirm", async (Guid id, VersionDto dto, ActorAccessor actors, AssignmentService service, CancellationToken ct) =>
            ApiExtensions.RequireVersion(dto.Version)
            ?? ApiResults.From(await service.ConfirmAsync(await actors.RequireAsync(ct), new WerkstattId(id), dto.Version, ct), b => Results.Ok(BoardDto.From(b))));
    }
}
