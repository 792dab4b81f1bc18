using Werkstatt.Domain.Common;
using Werkstatt.Domain.Cycle;
using WerkstattAggregate = Werkstatt.Domain.Cycle.Werkstatt;

namespace Werkstatt.Service.Progress.Blockers;

/// <summary>Before modelling: processes without (enough) modellers, and whether the plan still needs proposing or confirming.</summary>
public sealed class AssignmentBlockers(CycleProgressReader progress) : IPhaseBlockerSource
{
    public async Task<IReadOnlyList<PhaseBlocker>> BlockersAsync(WerkstattAggregate werkstatt, Phase target, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(werkstatt);
        if (target != Phase.Modelling)
        {
            return [];
        }

        var link = WerkstattLinks.Assignment(werkstatt.Id);
        var blockers = new List<PhaseBlocker>();
        var unfilled = await progress.ProcessesWithoutFullAssignmentAsync(werkstatt.Id, cancellationToken);
        if (unfilled > 0)
        {
            blockers.Add(new PhaseBlocker($"{Plural.Of(unfilled, "Prozess", "Prozesse")} ohne Zuteilung", link));
        }

        var plan = await progress.PlanAsync(werkstatt.Id, cancellationToken);
        if (plan?.ProposedAt is null)
        {
            blockers.Add(new PhaseBlocker("Die Zuteilung ist noch nicht berechnet", link));
        }

        return blockers;
    }
}
