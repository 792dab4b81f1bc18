using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Network;
using WerkstattAggregate = Werkstatt.Domain.Cycle.Werkstatt;

namespace Werkstatt.Service.Werkstaetten;

/// <summary>
/// A Werkstatt with what the pages and the API show beside it: date flags and what blocks the next phase. <see cref="Facts"/>
/// are the cycle facts those blockers were computed from, read in the same call, for the timeline to use instead of
/// reading them again (never kept beyond the call: a change elsewhere would leave them stale).
/// </summary>
public sealed record WerkstattView(
    WerkstattAggregate Werkstatt,
    Network Network,
    IReadOnlyList<DateFlag> DateFlags,
    Phase? NextPhase,
    IReadOnlyList<string> NextPhaseBlockers,
    CycleFacts Facts);
