using Werkstatt.Domain.Common;

namespace Werkstatt.Domain.Cycle.Events;

/// <summary>A Werkstatt was called off before its workshop.</summary>
public sealed record WerkstattCancelled(WerkstattId WerkstattId, Phase PreviousPhase, string Reason, DateTimeOffset OccurredAt) : IDomainEvent;
