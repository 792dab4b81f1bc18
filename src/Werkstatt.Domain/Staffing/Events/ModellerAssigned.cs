using Werkstatt.Domain.Common;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Network;
using Werkstatt.Domain.Processes;

namespace Werkstatt.Domain.Staffing.Events;

/// <summary>The coordinator confirmed the assignment: this member models these processes (one event per member).</summary>
public sealed record ModellerAssigned(WerkstattId WerkstattId, MemberId MemberId, IReadOnlyList<ProcessId> Processes, DateTimeOffset OccurredAt) : IDomainEvent;
