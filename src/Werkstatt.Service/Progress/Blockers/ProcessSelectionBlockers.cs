using Werkstatt.Domain.Common;
using Werkstatt.Domain.Cycle;
using WerkstattAggregate = Werkstatt.Domain.Cycle.Werkstatt;

namespace Werkstatt.Service.Progress.Blockers;

/// <summary>Before the assignment: selected topics that no process was derived from yet.</summary>
public sealed class ProcessSelectionBlockers(CycleProgressReader progress) : IPhaseBlockerSource
{
    public async Task<IReadOnlyList<PhaseBlocker>> BlockersAsync(WerkstattAggregate werkstatt, Phase target, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(werkstatt);
        if (target != Phase.Assignment)
        {
            return [];
        }

        var missing = await progress.SelectedTopicsWithoutProcessAsync(werkstatt.Id, cancellationToken);
        return missing <= 0
            ? []
            : [new PhaseBlocker($"{Plural.Of(missing, "gewähltes Thema", "gewählte Themen")} ohne Prozess", WerkstattLinks.Processes(werkstatt.Id))];
    }
}
