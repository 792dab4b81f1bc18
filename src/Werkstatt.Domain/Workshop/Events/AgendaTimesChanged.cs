using Werkstatt.Domain.Common;
using Werkstatt.Domain.Cycle;

namespace Werkstatt.Domain.Workshop.Events;

/// <summary>The start or duration of at least one agenda slot of a workshop day changed (not raised for title-only edits).</summary>
public sealed record AgendaTimesChanged(WerkstattId WerkstattId, int Day, DateTimeOffset OccurredAt) : IDomainEvent;
