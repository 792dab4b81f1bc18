using Werkstatt.Domain.Common;
using Werkstatt.Domain.Network;

namespace Werkstatt.Domain.Cycle.Events;

/// <summary>A Werkstatt was created in Draft with its schedule.</summary>
public sealed record WerkstattPlanned(WerkstattId WerkstattId, NetworkId NetworkId, string Title, Schedule Schedule, DateTimeOffset OccurredAt) : IDomainEvent;
