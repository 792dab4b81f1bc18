using Werkstatt.Domain.Network;

namespace Werkstatt.Web.Api.Dtos;

/// <summary>A member administration as the API shows it.</summary>
public sealed record MemberDto(Guid Id, Guid NetworkId, string Name, MemberLevel Level, int Population, int StaffCount, int Version)
{
    public static MemberDto From(Member m) => new(m.Id.Value, m.NetworkId.Value, m.Name, m.Level, m.Population, m.StaffCount, m.Version);
}

/// <summary>Data to create or change a member; Version is required for changes.</summary>
public sealed record MemberInputDto(string Name, MemberLevel Level, int Population, int StaffCount, int? Version);
