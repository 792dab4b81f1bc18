using Werkstatt.Domain.Network;
using Werkstatt.Domain.Processes;

namespace Werkstatt.Domain.Staffing;

/// <summary>A change the coordinator made by hand, kept for the record (with the hard constraints it broke, if any).</summary>
public sealed record PlanOverride(ProcessId ProcessId, MemberId MemberId, bool Assigned, string? Violations, DateTimeOffset At, string By);
