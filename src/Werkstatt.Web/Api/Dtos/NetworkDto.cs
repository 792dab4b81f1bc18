using Werkstatt.Domain.Calendar;
using Werkstatt.Domain.Network;

namespace Werkstatt.Web.Api.Dtos;

/// <summary>A network as the API shows it.</summary>
public sealed record NetworkDto(Guid Id, string Name, FederalState FederalState, string FederalStateName, ScheduleTemplate Template, int Version)
{
    public static NetworkDto From(Network n) => new(n.Id.Value, n.Name, n.FederalState, n.FederalState.GermanName(), n.Template, n.Version);
}

/// <summary>New settings for a network.</summary>
public sealed record NetworkUpdateDto(string Name, FederalState FederalState, ScheduleTemplate? Template, int? Version);

/// <summary>A new network (admins only).</summary>
public sealed record NetworkCreateDto(string Name, FederalState FederalState);
