using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Network;
using Werkstatt.Service.Common;
using WerkstattAggregate = Werkstatt.Domain.Cycle.Werkstatt;

namespace Werkstatt.Service.MyTasks;

/// <summary>
/// What every <see cref="IMyTaskSource"/> gets: who asks, in which network, the time, and the network's Werkstätten that
/// are not closed (loaded once). Sources filter by phase first so they query only what concerns them.
/// </summary>
public sealed record MyTaskContext(Actor Actor, NetworkId NetworkId, DateTimeOffset Now, IReadOnlyList<WerkstattAggregate> OpenWerkstaetten)
{
    /// <summary>The member the actor acts for as its process manager in this network, or null (coordinators do not get members' tasks).</summary>
    public MemberId? ManagedMember =>
        Actor.Is(Role.ProcessManager) && Actor.NetworkId == NetworkId && Actor.MemberId is { } member ? member : null;

    /// <summary>True for the network's coordinators and admins.</summary>
    public bool Coordinates => Actor.Coordinates(NetworkId);

    public IEnumerable<WerkstattAggregate> In(Phase phase) => OpenWerkstaetten.Where(w => w.Phase == phase);
}
