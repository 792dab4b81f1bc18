using Werkstatt.Domain.Network;

namespace Werkstatt.Domain.Assignment;

/// <summary>
/// A process to be modelled by 1 or 2 members of the given levels. A process that <paramref name="CrossesLevels"/>
/// and has 2 slots gets one Kreis and one town (Stadt or Gemeinde).
/// </summary>
public sealed record SolverProcess(string Id, int Slots, IReadOnlySet<MemberLevel> Levels, bool CrossesLevels);
