using Microsoft.EntityFrameworkCore;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Processes;
using Werkstatt.Domain.Staffing;
using Werkstatt.Domain.Voting;
using Werkstatt.Service.Persistence;
using Werkstatt.Service.Persistence.Queries;

namespace Werkstatt.Service.Staffing;

/// <summary>Gathers what voting, process selection, assignment and the quality review have produced, for the Werkstatt's phase guards.</summary>
public sealed class CycleFactsReader(WerkstattDbContext db)
{
    public Task<CycleFacts> ForAsync(WerkstattId id, CancellationToken cancellationToken) => ReadAsync(id, cancellationToken);

    private async Task<CycleFacts> ReadAsync(WerkstattId id, CancellationToken cancellationToken)
    {
        // One round trip for the three counts: every page of a Werkstatt and every move reads them (load benchmark).
        var facts = await HotQueries.CycleCounts(db, id, cancellationToken);
        if (facts is null)
        {
            return new CycleFacts(false, 0, false);
        }

        // Open submissions exist only once the assignment is confirmed.
        var open = facts.Confirmed ? await Submissions.SubmissionOverviewService.OpenSubmissionsAsync(db, id, cancellationToken) : 0;
        return new CycleFacts(facts.Closed, facts.Processes, facts.Confirmed, open);
    }
}
