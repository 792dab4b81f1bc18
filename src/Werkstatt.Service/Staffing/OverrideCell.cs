using Werkstatt.Domain.Network;
using Werkstatt.Domain.Processes;

namespace Werkstatt.Service.Staffing;

/// <summary>The coordinator puts a member on a process (or takes it off); breaking a hard constraint needs <see cref="ConfirmViolation"/>.</summary>
public sealed record OverrideCell(ProcessId ProcessId, MemberId MemberId, bool Assign, bool ConfirmViolation, int? Version);
