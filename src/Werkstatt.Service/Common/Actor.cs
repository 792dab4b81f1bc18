using Werkstatt.Domain.Network;

namespace Werkstatt.Service.Common;

/// <summary>Who is calling a use case: their roles, their network and (for process managers and experts) their member.</summary>
public sealed record Actor(string UserId, string Name, NetworkId? NetworkId, MemberId? MemberId, IReadOnlySet<Role> Roles)
{
    public bool Is(Role role) => Roles.Contains(role);

    public bool IsAdmin => Is(Role.Admin);

    /// <summary>Admins everywhere; everyone else only in their own network.</summary>
    public bool BelongsTo(NetworkId network) => IsAdmin || NetworkId == network;

    /// <summary>Coordinators of the network (and admins) plan Werkstätten and manage members.</summary>
    public bool Coordinates(NetworkId network) => IsAdmin || (Is(Role.Coordinator) && NetworkId == network);

    /// <summary>True when the actor may act for this member: its process managers, or the network's coordinators.</summary>
    public bool ManagesMember(NetworkId network, MemberId member) =>
        Coordinates(network) || (Is(Role.ProcessManager) && NetworkId == network && MemberId == member);

    /// <summary>A background job or operator command acting with full rights.</summary>
    public static Actor System { get; } = new("system", "System", null, null, new HashSet<Role> { Role.Admin });
}
