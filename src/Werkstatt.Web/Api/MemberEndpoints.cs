using Werkstatt.Domain.Network;
using Werkstatt.Service.Networks;
using Werkstatt.Web.Api.Dtos;
using Werkstatt.Web.Security;

namespace Werkstatt.Web.Api;

/// <summary>Members of a network: everyone in it reads, coordinators add, a member's own process managers edit it.</summary>
public static class MemberEndpoints
{
    public static void MapMembers(IEndpointRouteBuilder app)
    {
        var network = app.MapGroup("/api/v1/networks/{networkId:guid}/members").RequireAuthorization().WithTags("Verwaltungen");
        network.MapGet("/", async (Guid networkId, ActorAccessor actors, MemberService members, CancellationToken ct) =>
            ApiResults.From(await members.ListAsync(await actors.RequireAsync(ct), new NetworkId(networkId), ct), list => Results.Ok(list.Select(MemberDto.From))));
        network.MapPost("/", async (Guid networkId, MemberInputDto dto, ActorAccessor actors, MemberService members, CancellationToken ct) =>
            ApiResults.From(
                await members.CreateAsync(await actors.RequireAsync(ct), new NetworkId(networkId), new MemberInput(dto.Name, dto.Level, dto.Population, dto.StaffCount), ct),
                m => Results.Created($"/api/v1/members/{m.Id}", MemberDto.From(m))));

        var single = app.MapGroup("/api/v1/members").RequireAuthorization().WithTags("Verwaltungen");
        single.MapGet("/{id:guid}", async (Guid id, ActorAccessor actors, MemberService members, CancellationToken ct) =>
            ApiResults.From(await members.GetAsync(await actors.RequireAsync(ct), new MemberId(id), ct), m => Results.Ok(MemberDto.From(m))));
        single.MapPut("/{id:guid}", async (Guid id, MemberInputDto dto, ActorAccessor actors, MemberService members, CancellationToken ct) =>
            ApiExtensions.RequireVersion(dto.Version)
            ?? ApiResults.From(
                await members.UpdateAsync(await actors.RequireAsync(ct), new MemberId(id), new MemberInput(dto.Name, dto.Level, dto.Population, dto.StaffCount, dto.Version), ct),
                m => Results.Ok(MemberDto.From(m))));
    }
}
