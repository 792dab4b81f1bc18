using Microsoft.EntityFrameworkCore;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Processes;
using Werkstatt.Domain.Staffing;
using Werkstatt.Domain.Voting;
using Werkstatt.Service.Persistence;

namespace Werkstatt.Service.Staffing;

/// <summary>Gathers what voting, process selection, assignment and the quality review have produced, for the Werkstatt's phase guards.</summary>
public sealed class CycleFactsReader(WerkstattDbContext db)
{
    public async Task<CycleFacts> ForAsync(WerkstattId id, CancellationToken cancellationToken)
    {
        var closed = await db.Set<VotingRound>().AnyAsync(r => r.WerkstattId == id && r.ClosedAt != null, cancellationToken);
        var processes = await db.Set<Process>().CountAsync(p => p.WerkstattId == id, cancellationToken);
        var confirmed = await db.Set<StaffingPlan>().AnyAsync(p => p.WerkstattId == id && p.ConfirmedAt != null, cancellationToken);
        var open = await Submissions.SubmissionOverviewService.OpenSubmissionsAsync(db, id, cancellationToken);
        return new CycleFacts(closed, processes, confirmed, open);
    }
}
