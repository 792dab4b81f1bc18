using Werkstatt.Domain.Common;
using Werkstatt.Domain.Cycle;
using Werkstatt.Service.Persistence;
using Werkstatt.Service.Progress;
using WerkstattAggregate = Werkstatt.Domain.Cycle.Werkstatt;

namespace Werkstatt.Service.Submissions.Tasks;

/// <summary>Before the pre-read: the assigned submissions that are neither approved nor excused.</summary>
public sealed class SubmissionPhaseBlockerSource(WerkstattDbContext db) : IPhaseBlockerSource
{
    public async Task<IReadOnlyList<PhaseBlocker>> BlockersAsync(WerkstattAggregate werkstatt, Phase target, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(werkstatt);
        if (werkstatt.Phase != Phase.QualityReview || target != werkstatt.Phase.Next())
        {
            return [];
        }

        var open = await SubmissionOverviewService.OpenSubmissionsAsync(db, werkstatt.Id, cancellationToken);
        return open == 0
            ? []
            : [new PhaseBlocker($"{Plural.Of(open, "Einreichung", "Einreichungen")} noch nicht freigegeben", SubmissionLinks.Overview(werkstatt.Id))];
    }
}
