using Werkstatt.Domain.Cycle;
using Werkstatt.Service.Common;
using WerkstattAggregate = Werkstatt.Domain.Cycle.Werkstatt;

namespace Werkstatt.Service.Progress;

/// <summary>The coordinator's view of a Werkstatt's progress: its timeline and what blocks the next phase.</summary>
public sealed class TimelineService(PhaseBlockers blockers, TimeProvider time)
{
    public Task<Result<WerkstattTimeline>> ForAsync(Actor actor, WerkstattAggregate werkstatt, CancellationToken cancellationToken = default) =>
        ForAsync(actor, werkstatt, null, cancellationToken);

    /// <summary>The same, with the cycle facts the caller read in this call (the Werkstatt page has them from its view); null reads them.</summary>
    public async Task<Result<WerkstattTimeline>> ForAsync(Actor actor, WerkstattAggregate werkstatt, CycleFacts? facts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(werkstatt);
        if (!actor.BelongsTo(werkstatt.NetworkId))
        {
            return Error.Forbidden();
        }

        var now = time.GetUtcNow();

        // A cancelled Werkstatt got as far as the phase it was cancelled in.
        var reached = werkstatt.Phase == Phase.Cancelled
            ? werkstatt.History.LastOrDefault(h => h.To == Phase.Cancelled)?.From ?? Phase.Draft
            : werkstatt.Phase;
        var steps = Phases.Sequence.Select(phase => new TimelineStep(
                phase,
                phase < reached || werkstatt.Phase == Phase.Published ? TimelineState.Done
                    : phase == reached && werkstatt.Phase != Phase.Cancelled ? TimelineState.Current : TimelineState.Ahead,
                phase == Phase.Draft ? werkstatt.CreatedAt : werkstatt.History.LastOrDefault(h => h.To == phase)?.At,
                PhaseDates.PlannedEnd(werkstatt.Schedule, phase)))
            .ToList();
        var next = werkstatt.Phase.Next();
        var blocking = next is null ? []
            : facts is null ? await blockers.ForNextPhaseAsync(werkstatt, now, cancellationToken)
            : await blockers.ForNextPhaseAsync(werkstatt, now, facts, cancellationToken);
        return new WerkstattTimeline(now, steps, next, blocking);
    }
}
