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
    public Task<CycleFacts> ForAsync(WerkstattId id, CancellationToken cancellationToken) => ReadAsync(id, cancellationToken);

    private async Task<CycleFacts> ReadAsync(WerkstattId id, CancellationToken cancellationToken)
    {
        // One round trip for the three counts: every page of a Werkstatt and every move reads them (load benchmark).
        var facts = await db.Werkstaetten.AsNoTracking().Where(w => w.Id == id).Select(w => new
        {
            Closed = db.Set<VotingRound>().Any(r => r.WerkstattId == id && r.ClosedAt != null),
            Processes = db.Set<Process>().Count(p => p.WerkstattId == id),
            Confirmed = db.Set<StaffingPlan>().Any(p => p.WerkstattId == id && p.ConfirmedAt != null),
        }).FirstOrDefaultAsync(cancellationToken);
        if (facts is null)
        {
            return new CycleFacts(false, 0, false);
        }

        // Open submissions exist only once the assignment is confirmed.
        var open = facts.Confirmed ? await Submissions.SubmissionOverviewService.OpenSubmissionsAsync(db, id, cancellationToken) : 0;
        return new CycleFacts(facts.Closed, facts.Processes, facts.Confirmed, open);
    }
}
