using Werkstatt.Domain.Common;
using Werkstatt.Domain.Cycle;
using WerkstattAggregate = Werkstatt.Domain.Cycle.Werkstatt;

namespace Werkstatt.Service.Progress.Blockers;

/// <summary>Before process selection: the members that have not voted yet (while the vote is open).</summary>
public sealed class VotingBlockers(CycleProgressReader progress) : IPhaseBlockerSource
{
    public async Task<IReadOnlyList<PhaseBlocker>> BlockersAsync(WerkstattAggregate werkstatt, Phase target, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(werkstatt);
        if (target != Phase.ProcessSelection)
        {
            return [];
        }

        var missing = await progress.MembersYetToVoteAsync(werkstatt.Id, werkstatt.NetworkId, cancellationToken);
        return missing <= 0
            ? []
            : [new PhaseBlocker($"{Plural.Of(missing, "Verwaltung hat", "Verwaltungen haben")} noch nicht abgestimmt", WerkstattLinks.Voting(werkstatt.Id))];
    }
}
