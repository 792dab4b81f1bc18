using Werkstatt.Domain.Network;

namespace Werkstatt.Web.Api.Dtos;

/// <summary>A person as the API shows it.</summary>
public sealed record PersonDto(Guid Id, Guid NetworkId, Guid? MemberId, string Name, string Email, string? Function, int Version)
{
    public static PersonDto From(Person p) => new(p.Id.Value, p.NetworkId.Value, p.MemberId?.Value, p.Name, p.Email, p.Function, p.Version);
}

/// <summary>Data to create or change a person; Role and Password create a login (creation only).</summary>
public sealed record PersonInputDto(Guid? MemberId, string Name, string Email, string? Function, Role? Role, string? Password, int? Version);
