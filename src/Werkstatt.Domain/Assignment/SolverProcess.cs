using Werkstatt.Domain.Network;

namespace Werkstatt.Domain.Assignment;

/// <summary>A process as the solver sees it: slots (modellers needed), the levels it applies to, whether it crosses levels.</summary>
public sealed record SolverProcess(string Id, int Slots, IReadOnlySet<MemberLevel> Levels, bool CrossesLevels);
