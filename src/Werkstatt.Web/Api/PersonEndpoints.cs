using Werkstatt.Domain.Network;
using Werkstatt.Service.Networks;
using Werkstatt.Web.Api.Dtos;
using Werkstatt.Web.Security;

namespace Werkstatt.Web.Api;

/// <summary>People of a network: coordinators manage all, process managers those of their own member.</summary>
public static class PersonEndpoints
{
    public static void MapPeople(IEndpointRouteBuilder app)
    {
        var network = app.MapGroup("/api/v1/networks/{networkId:guid}/people").RequireAuthorization().WithTags("Personen");
        network.MapGet("/", async (Guid networkId, Guid? memberId, ActorAccessor actors, PersonService people, CancellationToken ct) =>
            ApiResults.From(
                await people.ListAsync(await actors.RequireAsync(ct), new NetworkId(networkId), memberId is { } m ? new MemberId(m) : null, ct),
                list => Results.Ok(list.Select(PersonDto.From))));
        network.MapPost("/", async (Guid networkId, PersonInputDto dto, ActorAccessor actors, PersonService people, CancellationToken ct) =>
            ApiResults.From(
                await people.CreateAsync(await actors.RequireAsync(ct), new NetworkId(networkId), ToInput(dto), ct),
                p => Results.Created($"/api/v1/people/{p.Id}", PersonDto.From(p))));

        var single = app.MapGroup("/api/v1/people").RequireAuthorization().WithTags("Personen");
        single.MapGet("/{id:guid}", async (Guid id, ActorAccessor actors, PersonService people, CancellationToken ct) =>
            ApiResults.From(await people.GetAsync(await actors.RequireAsync(ct), new PersonId(id), ct), p => Results.Ok(PersonDto.From(p))));
        single.MapPut("/{id:guid}", async (Guid id, PersonInputDto dto, ActorAccessor actors, PersonService people, CancellationToken ct) =>
            ApiExtensions.RequireVersion(dto.Version)
            ?? ApiResults.From(await people.UpdateAsync(await actors.RequireAsync(ct), new PersonId(id), ToInput(dto), ct), p => Results.Ok(PersonDto.From(p))));
    }

    private static PersonInput ToInput(PersonInputDto dto) =>
        new(dto.MemberId is { } m && m != Guid.Empty ? new MemberId(m) : null, dto.Name, dto.Email, dto.Function, dto.Role, dto.Password, dto.Version);
}
