using Werkstatt.Domain.Processes;

namespace Werkstatt.Domain.Staffing;

/// <summary>
/// A slot of a process the member took. <see cref="Slot"/> (1 … modellers needed) is unique per process in the
/// database, so two members racing for the last slot cannot both get it.
/// </summary>
public sealed record OfferClaim(ProcessId ProcessId, int Slot, DateTimeOffset ClaimedAt, string ClaimedBy);
