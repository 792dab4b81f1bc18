using Microsoft.EntityFrameworkCore;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Network;
using Werkstatt.Domain.Processes;
using Werkstatt.Domain.Staffing;
using Werkstatt.Domain.Voting;
using Werkstatt.Service.Persistence;
using Werkstatt.Service.Persistence.Queries;

namespace Werkstatt.Service.Progress;

/// <summary>
/// Counts of what is still open in voting, process selection and assignment, derived from the stored aggregates; shared by
/// the task sources ("Meine Aufgaben") and the blocker sources (the Werkstatt's timeline), so both say the same.
/// </summary>
public sealed class CycleProgressReader(WerkstattDbContext db)
{
    public Task<int> MemberCountAsync(NetworkId network, CancellationToken cancellationToken) =>
        db.Members.AsNoTracking().CountAsync(m => m.NetworkId == network, cancellationToken);

    /// <summary>The members whose ballot carries at least one dot.</summary>
    public async Task<IReadOnlySet<MemberId>> MembersWhoVotedAsync(WerkstattId werkstatt, CancellationToken cancellationToken)
    {
        var ballots = await HotQueries.ListAsync(HotQueries.Ballots(db, werkstatt), cancellationToken);
        return ballots.Where(b => b.HasVoted).Select(b => b.MemberId).ToHashSet();
    }

    /// <summary>
    /// How many members of the network have no dot on their ballot yet; 0 once the vote is closed. One round trip for what
    /// <see cref="VotingClosedAsync"/>, <see cref="MemberCountAsync"/> and <see cref="MembersWhoVotedAsync"/> tell (the
    /// Werkstatt page's timeline asks on every view while the vote runs).
    /// </summary>
    public async Task<int> MembersYetToVoteAsync(WerkstattId werkstatt, NetworkId network, CancellationToken cancellationToken)
    {
        var counts = await ProgressQueries.VoteCounts(db, werkstatt, network, cancellationToken);
        return counts is null || counts.Closed ? 0 : counts.Members - counts.Voted;
    }

    public async Task<bool> VotingClosedAsync(WerkstattId werkstatt, CancellationToken cancellationToken) =>
        await db.Set<VotingRound>().AsNoTracking().AnyAsync(r => r.WerkstattId == werkstatt && r.ClosedAt != null, cancellationToken);

    public Task<int> OpenTopicCountAsync(WerkstattId werkstatt, CancellationToken cancellationToken) =>
        db.Set<Topic>().AsNoTracking().CountAsync(t => t.WerkstattId == werkstatt && t.Status == TopicStatus.Open, cancellationToken);

    public Task<int> TopicCountOfAsync(WerkstattId werkstatt, MemberId member, CancellationToken cancellationToken) =>
        db.Set<Topic>().AsNoTracking().CountAsync(t => t.WerkstattId == werkstatt && t.MemberId == member, cancellationToken);

    /// <summary>Topics the vote selected (not those tied at the cut: those are the coordinator's choice) that no process was derived from.</summary>
    public async Task<int> SelectedTopicsWithoutProcessAsync(WerkstattId werkstatt, CancellationToken cancellationToken)
    {
        var round = await db.Set<VotingRound>().AsNoTracking().FirstOrDefaultAsync(r => r.WerkstattId == werkstatt, cancellationToken);
        if (round is null || !round.IsClosed)
        {
            return 0;
        }

        var derivedFrom = (await db.Set<Process>().AsNoTracking().Where(p => p.WerkstattId == werkstatt).Select(p => p.TopicId).ToListAsync(cancellationToken)).ToHashSet();
        return round.Ranking.Count(r => r.Outcome == TopicOutcome.Selected && !derivedFrom.Contains(r.TopicId));
    }

    public Task<int> ProcessCountAsync(WerkstattId werkstatt, CancellationToken cancellationToken) =>
        db.Set<Process>().AsNoTracking().CountAsync(p => p.WerkstattId == werkstatt, cancellationToken);

    /// <summary>
    /// Processes with fewer modellers than they need: by the plan once one was proposed, by the members' claims before.
    /// </summary>
    public async Task<int> ProcessesWithoutFullAssignmentAsync(WerkstattId werkstatt, CancellationToken cancellationToken)
    {
        var processes = await HotQueries.ListAsync(HotQueries.Processes(db, werkstatt), cancellationToken);
        var plan = await PlanAsync(werkstatt, cancellationToken);
        Dictionary<ProcessId, int> filled;
        if (plan?.ProposedAt is not null)
        {
            filled = plan.Cells.GroupBy(c => c.ProcessId).ToDictionary(g => g.Key, g => g.Count());
        }
        else
        {
            var offers = await OffersAsync(werkstatt, cancellationToken);
            filled = offers.SelectMany(o => o.Claims).GroupBy(c => c.ProcessId).ToDictionary(g => g.Key, g => g.Count());
        }

        return processes.Count(p => filled.GetValueOrDefault(p.Id) < p.ModellersNeeded);
    }

    public Task<StaffingPlan?> PlanAsync(WerkstattId werkstatt, CancellationToken cancellationToken) =>
        HotQueries.Plan(db, werkstatt, cancellationToken);

    public async Task<IReadOnlyList<MemberOffer>> OffersAsync(WerkstattId werkstatt, CancellationToken cancellationToken) =>
        await HotQueries.ListAsync(HotQueries.Offers(db, werkstatt), cancellationToken);

    /// <summary>The members that declared a capacity for this Werkstatt (0 counts as declared: "we take none this time").</summary>
    public async Task<IReadOnlySet<MemberId>> MembersWithCapacityAsync(WerkstattId werkstatt, CancellationToken cancellationToken) =>
        (await db.Set<MemberOffer>().AsNoTracking().Where(o => o.WerkstattId == werkstatt && o.CapacityDeclaredAt != null).Select(o => o.MemberId).ToListAsync(cancellationToken)).ToHashSet();

    /// <summary>
    /// <see cref="VotingClosedAsync"/> and <see cref="MembersWhoVotedAsync"/> in one round trip ("Meine Aufgaben" in the
    /// voting window of the load benchmark): one row per member that voted, or one without a member.
    /// </summary>
    public async Task<(bool Closed, IReadOnlySet<MemberId> Voted)> VotingAsync(WerkstattId werkstatt, CancellationToken cancellationToken)
    {
        // Flat rows (a left join), not a nested list: SQLite cannot run the APPLY a nested list would need.
        var rows = await HotQueries.ListAsync(ProgressQueries.Voting(db, werkstatt), cancellationToken);
        return (rows.Any(r => r.Closed), rows.Where(r => r.Member is not null).Select(r => r.Member!.Value).ToHashSet());
    }

    /// <summary>
    /// Whether the plan is confirmed and whether it was proposed, and <see cref="MembersWithCapacityAsync"/>, in one
    /// round trip ("Meine Aufgaben" in the claiming window of the load benchmark).
    /// </summary>
    public async Task<(bool Confirmed, bool Proposed, IReadOnlySet<MemberId> Declared)> AssignmentAsync(WerkstattId werkstatt, CancellationToken cancellationToken)
    {
        var rows = await HotQueries.ListAsync(ProgressQueries.Assignment(db, werkstatt), cancellationToken);
        return (rows.Any(r => r.Confirmed), rows.Any(r => r.Proposed), rows.Where(r => r.Member is not null).Select(r => r.Member!.Value).ToHashSet());
    }
}
