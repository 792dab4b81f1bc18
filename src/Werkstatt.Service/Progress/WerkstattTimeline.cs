using Werkstatt.Domain.Cycle;

namespace Werkstatt.Service.Progress;

/// <summary>The phases of one Werkstatt with their dates, and what blocks the next phase (empty when nothing does or none follows).</summary>
public sealed record WerkstattTimeline(DateTimeOffset Now, IReadOnlyList<TimelineStep> Steps, Phase? Next, IReadOnlyList<PhaseBlocker> Blockers);
