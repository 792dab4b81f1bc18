using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Network;
using WerkstattAggregate = Werkstatt.Domain.Cycle.Werkstatt;

namespace Werkstatt.Service.Werkstaetten;

/// <summary>A Werkstatt with what the pages and the API show beside it: date flags and what blocks the next phase.</summary>
public sealed record WerkstattView(
    WerkstattAggregate Werkstatt,
    Network Network,
    IReadOnlyList<DateFlag> DateFlags,
    Phase? NextPhase,
    IReadOnlyList<string> NextPhaseBlockers);
