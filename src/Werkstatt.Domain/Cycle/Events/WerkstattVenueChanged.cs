using Werkstatt.Domain.Common;

namespace Werkstatt.Domain.Cycle.Events;

/// <summary>The place or the meeting link of a Werkstatt changed.</summary>
public sealed record WerkstattVenueChanged(WerkstattId WerkstattId, Venue Previous, Venue Current, DateTimeOffset OccurredAt) : IDomainEvent;
