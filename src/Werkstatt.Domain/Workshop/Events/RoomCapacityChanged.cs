using Werkstatt.Domain.Common;
using Werkstatt.Domain.Cycle;

namespace Werkstatt.Domain.Workshop.Events;

/// <summary>The room's capacity changed: waiting participants may have moved up and need their invitation.</summary>
public sealed record RoomCapacityChanged(WerkstattId WerkstattId, int? Capacity, DateTimeOffset OccurredAt) : IDomainEvent;
