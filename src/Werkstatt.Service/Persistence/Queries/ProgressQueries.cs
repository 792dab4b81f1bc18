using Microsoft.EntityFrameworkCore;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Network;
using Werkstatt.Domain.Staffing;
using Werkstatt.Domain.Voting;
using WerkstattAggregate = Werkstatt.Domain.Cycle.Werkstatt;

namespace Werkstatt.Service.Persistence.Queries;

/// <summary>
/// The reads of „Meine Aufgaben" and of the Werkstatt page's timeline as compiled queries (see <see cref="HotQueries"/>):
/// the open Werkstätten of a network, and the vote's and the assignment's progress in one round trip each.
/// </summary>
internal static class ProgressQueries
{
    private static readonly PerModel<Func<WerkstattDbContext, NetworkId, IAsyncEnumerable<WerkstattAggregate>>> OpenWerkstaettenQuery = new(() =>
        EF.CompileAsyncQuery((WerkstattDbContext db, NetworkId network) =>
            db.Set<WerkstattAggregate>().AsNoTracking().Where(w => w.NetworkId == network && w.Phase != Phase.Published && w.Phase != Phase.Cancelled)));

    // Flat rows (a left join), not a nested list: SQLite cannot run the APPLY a nested list would need.
    private static readonly PerModel<Func<WerkstattDbContext, WerkstattId, IAsyncEnumerable<VotingRow>>> VotingQuery = new(() =>
        EF.CompileAsyncQuery((WerkstattDbContext db, WerkstattId werkstatt) =>
            from w in db.Set<WerkstattAggregate>().AsNoTracking().Where(w => w.Id == werkstatt)
            from b in db.Set<Ballot>().Where(b => b.WerkstattId == w.Id && b.Dots.Any()).DefaultIfEmpty()
            select new VotingRow(
                db.Set<VotingRound>().Any(r => r.WerkstattId == werkstatt && r.ClosedAt != null),
                b == null ? (MemberId?)null : b.MemberId)));

    private static readonly PerModel<Func<WerkstattDbContext, WerkstattId, IAsyncEnumerable<AssignmentRow>>> AssignmentQuery = new(() =>
        EF.CompileAsyncQuery((WerkstattDbContext db, WerkstattId werkstatt) =>
            from w in db.Set<WerkstattAggregate>().AsNoTracking().Where(w => w.Id == werkstatt)
            from o in db.Set<MemberOffer>().Where(o => o.WerkstattId == w.Id && o.CapacityDeclaredAt != null).DefaultIfEmpty()
            select new AssignmentRow(
                db.Set<StaffingPlan>().Any(p => p.WerkstattId == werkstatt && p.ConfirmedAt != null),
                db.Set<StaffingPlan>().Any(p => p.WerkstattId == werkstatt && p.ProposedAt != null),
                o == null ? (MemberId?)null : o.MemberId)));

    private static readonly PerModel<Func<WerkstattDbContext, WerkstattId, NetworkId, CancellationToken, Task<VoteCountsRow?>>> VoteCountsQuery = new(() =>
        EF.CompileAsyncQuery((WerkstattDbContext db, WerkstattId werkstatt, NetworkId network, CancellationToken _) =>
            db.Set<WerkstattAggregate>().AsNoTracking().Where(w => w.Id == werkstatt).Select(w => new VoteCountsRow(
                db.Set<VotingRound>().Any(r => r.WerkstattId == werkstatt && r.ClosedAt != null),
                db.Set<Member>().Count(m => m.NetworkId == network),
                db.Set<Ballot>().Count(b => b.WerkstattId == werkstatt && b.Dots.Any()))).FirstOrDefault()));

    public static IAsyncEnumerable<WerkstattAggregate> OpenWerkstaetten(WerkstattDbContext db, NetworkId network) => OpenWerkstaettenQuery.For(db)(db, network);

    /// <summary>Whether the vote is closed, with one row per member whose ballot carries a dot (one row with no member when none does).</summary>
    public static IAsyncEnumerable<VotingRow> Voting(WerkstattDbContext db, WerkstattId werkstatt) => VotingQuery.For(db)(db, werkstatt);

    /// <summary>Whether the plan is confirmed and proposed, with one row per member that declared its capacity.</summary>
    public static IAsyncEnumerable<AssignmentRow> Assignment(WerkstattDbContext db, WerkstattId werkstatt) => AssignmentQuery.For(db)(db, werkstatt);

    public static Task<VoteCountsRow?> VoteCounts(WerkstattDbContext db, WerkstattId werkstatt, NetworkId network, CancellationToken cancellationToken) =>
        VoteCountsQuery.For(db)(db, werkstatt, network, cancellationToken);
}

internal sealed record VotingRow(bool Closed, MemberId? Member);

internal sealed record AssignmentRow(bool Confirmed, bool Proposed, MemberId? Member);

internal sealed record VoteCountsRow(bool Closed, int Members, int Voted);
