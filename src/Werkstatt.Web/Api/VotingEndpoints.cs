using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Network;
using Werkstatt.Domain.Voting;
using Werkstatt.Service.Voting;
using Werkstatt.Web.Api.Dtos;
using Werkstatt.Web.Security;

namespace Werkstatt.Web.Api;

/// <summary>The vote of a Werkstatt (rules, counts, close, result) and each member's ballot.</summary>
public static class VotingEndpoints
{
    public static void MapVoting(IEndpointRouteBuilder app)
    {
        var voting = app.MapGroup("/api/v1/werkstaetten/{id:guid}/voting").RequireAuthorization().WithTags("Abstimmung");
        voting.MapGet("/", async (Guid id, ActorAccessor actors, VotingService service, CancellationToken ct) =>
            ApiResults.From(await service.GetAsync(await actors.RequireAsync(ct), new WerkstattId(id), ct), v => Results.Ok(VotingDto.From(v))));
        voting.MapPut("/settings", async (Guid id, VotingSettingsDto dto, ActorAccessor actors, VotingService service, CancellationToken ct) =>
            ApiExtensions.RequireVersion(dto.Version)
            ?? ApiResults.From(
                await service.ChangeSettingsAsync(await actors.RequireAsync(ct), new WerkstattId(id), new VotingSettingsInput(dto.Budget, dto.MaxPerTopic, dto.Winners, dto.Version), ct),
                r => Results.Ok(new VotingSettingsDto(r.Settings.Budget, r.Settings.MaxPerTopic, r.Settings.Winners, r.Version))));
        voting.MapPost("/counts", async (Guid id, ShowCountsDto dto, ActorAccessor actors, VotingService service, CancellationToken ct) =>
            ApiExtensions.RequireVersion(dto.Version)
            ?? ApiResults.From(await service.ShowCountsAsync(await actors.RequireAsync(ct), new WerkstattId(id), dto.Visible, dto.Version, ct), r => Results.Ok(new ShowCountsDto(r.CountsVisible, r.Version))));
        voting.MapPost("/close", async (Guid id, VersionDto dto, ActorAccessor actors, VotingService service, CancellationToken ct) =>
            ApiExtensions.RequireVersion(dto.Version)
            ?? ApiResults.From(await service.CloseAsync(await actors.RequireAsync(ct), new WerkstattId(id), dto.Version, ct), r => Results.Ok(ResultDto.From(r))));
        voting.MapGet("/result", async (Guid id, ActorAccessor actors, VotingService service, CancellationToken ct) =>
            ApiResults.From(await service.ResultAsync(await actors.RequireAsync(ct), new WerkstattId(id), ct), r => Results.Ok(ResultDto.From(r))));

        var ballot = app.MapGroup("/api/v1/werkstaetten/{id:guid}/members/{memberId:guid}/ballot").RequireAuthorization().WithTags("Abstimmung");
        ballot.MapGet("/", async (Guid id, Guid memberId, ActorAccessor actors, VotingService service, CancellationToken ct) =>
            ApiResults.From(await service.GetBallotAsync(await actors.RequireAsync(ct), new WerkstattId(id), new MemberId(memberId), ct), v => Results.Ok(BallotDto.From(v))));
        ballot.MapPut("/", async (Guid id, Guid memberId, CastBallotDto dto, ActorAccessor actors, VotingService service, CancellationToken ct) =>
        {
            if (ApiExtensions.RequireVersion(dto.Version) is { } missing)
            {
                return missing;
            }

            var dots = (dto.Dots ?? []).Where(d => d.TopicId != Guid.Empty).GroupBy(d => d.TopicId).ToDictionary(g => new TopicId(g.Key), g => g.Sum(d => d.Dots));
            return ApiResults.From(
                await service.CastAsync(await actors.RequireAsync(ct), new WerkstattId(id), new MemberId(memberId), new CastBallot(dots, dto.Version), ct),
                v => Results.Ok(BallotDto.From(v)));
        });
    }
}
