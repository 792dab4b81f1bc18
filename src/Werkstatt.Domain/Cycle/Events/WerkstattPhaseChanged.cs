using Werkstatt.Domain.Common;

namespace Werkstatt.Domain.Cycle.Events;

/// <summary>A Werkstatt moved from one phase to another (also to Cancelled).</summary>
public sealed record WerkstattPhaseChanged(WerkstattId WerkstattId, Phase From, Phase To, DateTimeOffset OccurredAt) : IDomainEvent;
