using Werkstatt.Domain.Processes;

namespace Werkstatt.Domain.Staffing;

/// <summary>Slots the proposal could not fill, with the reason.</summary>
public sealed record PlanGap(ProcessId ProcessId, int Slots, string Reason);
