using Werkstatt.Domain.Network;
using Werkstatt.Domain.Processes;

namespace Werkstatt.Domain.Staffing;

/// <summary>One member on one process in the plan, with why; <see cref="Violations"/> lists the hard constraints the coordinator knowingly broke.</summary>
public sealed record PlanCell(ProcessId ProcessId, MemberId MemberId, CellSource Source, string Reason, string? Violations);
