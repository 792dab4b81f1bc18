using Werkstatt.Domain.Cycle;
using Werkstatt.Service.Staffing;
using WerkstattAggregate = Werkstatt.Domain.Cycle.Werkstatt;

namespace Werkstatt.Service.Progress;

/// <summary>Everything that blocks a Werkstatt's next phase: the domain's phase rules first, then every <see cref="IPhaseBlockerSource"/>.</summary>
public sealed class PhaseBlockers(CycleFactsReader facts, IEnumerable<IPhaseBlockerSource> sources)
{
    public async Task<IReadOnlyList<PhaseBlocker>> ForNextPhaseAsync(WerkstattAggregate werkstatt, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(werkstatt);
        return werkstatt.Phase.Next() is null ? [] : await ForNextPhaseAsync(werkstatt, now, await facts.ForAsync(werkstatt.Id, cancellationToken), cancellationToken);
    }

    /// <summary>The same, with the cycle facts the caller has just read for this Werkstatt (one read per call, not one per step).</summary>
    public async Task<IReadOnlyList<PhaseBlocker>> ForNextPhaseAsync(WerkstattAggregate werkstatt, DateTimeOffset now, CycleFacts cycle, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(werkstatt);
        ArgumentNullException.ThrowIfNull(cycle);
        if (werkstatt.Phase.Next() is not { } next)
        {
            return [];
        }

        var blockers = werkstatt.BlockersFor(next, now, cycle).Select(r => new PhaseBlocker(r.Message)).ToList();
        foreach (var source in sources)
        {
            blockers.AddRange(await source.BlockersAsync(werkstatt, next, cancellationToken));
        }

        return blockers.DistinctBy(b => b.Text, StringComparer.Ordinal).ToList();
    }
}
