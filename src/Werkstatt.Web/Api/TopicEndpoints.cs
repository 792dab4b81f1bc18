using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Network;
using Werkstatt.Domain.Voting;
using Werkstatt.Service.Common;
using Werkstatt.Service.Voting;
using Werkstatt.Web.Api.Dtos;
using Werkstatt.Web.Security;

namespace Werkstatt.Web.Api;

/// <summary>Topics of a Werkstatt: list, propose; the coordinator merges and withdraws.</summary>
public static class TopicEndpoints
{
    public static void MapTopics(IEndpointRouteBuilder app)
    {
        var werkstatt = app.MapGroup("/api/v1/werkstaetten/{id:guid}/topics").RequireAuthorization().WithTags("Themen");
        werkstatt.MapGet("/", async (Guid id, ActorAccessor actors, TopicService topics, CancellationToken ct) =>
            ApiResults.From(await topics.ListAsync(await actors.RequireAsync(ct), new WerkstattId(id), ct), v => Results.Ok(v.Topics.Select(t => TopicDto.From(t, v.ProposedFor(t))))));
        werkstatt.MapPost("/", async (Guid id, ProposeTopicDto dto, ActorAccessor actors, TopicService topics, CancellationToken ct) =>
            dto.MemberId == Guid.Empty
                ? ApiResults.Problem(Error.Validation("memberId", "Bitte eine gültige Verwaltung angeben."))
                : ApiResults.From(
                    await topics.ProposeAsync(await actors.RequireAsync(ct), new WerkstattId(id), new ProposeTopic(dto.Title, dto.Description, dto.WhyNow, dto.MemberId is { } m ? new MemberId(m) : null), ct),
                    t => Results.Created($"/api/v1/topics/{t.Id}", TopicDto.From(t, t.MemberId is null ? "Koordination" : null))));

        var single = app.MapGroup("/api/v1/topics").RequireAuthorization().WithTags("Themen");
        single.MapPost("/{id:guid}/merge", async (Guid id, MergeTopicDto dto, ActorAccessor actors, TopicService topics, CancellationToken ct) =>
            ApiExtensions.RequireVersion(dto.Version)
            ?? (dto.Into == Guid.Empty
                ? ApiResults.Problem(Error.Validation("into", "Bitte das Thema angeben, in das zusammengeführt wird."))
                : ApiResults.From(await topics.MergeAsync(await actors.RequireAsync(ct), new TopicId(id), new TopicId(dto.Into), dto.Version, ct), t => Results.Ok(TopicDto.From(t, null)))));
        single.MapPost("/{id:guid}/withdraw", async (Guid id, VersionDto dto, ActorAccessor actors, TopicService topics, CancellationToken ct) =>
            ApiExtensions.RequireVersion(dto.Version)
            ?? ApiResults.From(await topics.WithdrawAsync(await actors.RequireAsync(ct), new TopicId(id), dto.Version, ct), t => Results.Ok(TopicDto.From(t, null))));
    }
}
