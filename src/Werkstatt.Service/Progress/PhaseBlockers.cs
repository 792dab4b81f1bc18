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
        if (werkstatt.Phase.Next() is not { } next)
        {
            return [];
        }

        var cycle = await facts.ForAsync(werkstatt.Id, cancellationToken);
        var blockers = werkstatt.BlockersFor(next, now, cycle).Select(r => new PhaseBlocker(r.Message)).ToList();
        foreach (var source in sources)
        {
            blockers.AddRange(await source.BlockersAsync(werkstatt, next, cancellationToken));
        }

        return blockers.DistinctBy(b => b.Text, StringComparer.Ordinal).ToList();
    }
}
