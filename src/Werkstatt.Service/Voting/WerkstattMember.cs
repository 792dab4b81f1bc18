using Werkstatt.Domain.Network;
using WerkstattAggregate = Werkstatt.Domain.Cycle.Werkstatt;

namespace Werkstatt.Service.Voting;

/// <summary>A Werkstatt the actor may read and one member of its network, or null when the network has no such member.</summary>
public sealed record WerkstattMember(WerkstattAggregate Werkstatt, Member? Member);
