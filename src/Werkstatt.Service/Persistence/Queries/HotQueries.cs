using Microsoft.EntityFrameworkCore;
using Werkstatt.Domain.Invitations;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Network;
using Werkstatt.Domain.Processes;
using Werkstatt.Domain.Staffing;
using Werkstatt.Domain.Voting;
using Werkstatt.Service.Voting;
using WerkstattAggregate = Werkstatt.Domain.Cycle.Werkstatt;

namespace Werkstatt.Service.Persistence.Queries;

/// <summary>
/// The reads nearly every ballot, offer and claim request makes, as EF Core compiled queries: the LINQ tree is
/// translated once per process (and model) instead of being parameterised and looked up in the query cache on every
/// call – about a tenth of the web process's CPU under load went to that. Same SQL, same results as the LINQ they
/// replace. Each model (SQLite, PostgreSQL) gets its own compiled query.
/// </summary>
internal static class HotQueries
{
    private static readonly PerModel<Func<WerkstattDbContext, WerkstattId, MemberId, CancellationToken, Task<WerkstattMember?>>> WerkstattWithMemberTrackedQuery = new(() =>
        EF.CompileAsyncQuery((WerkstattDbContext db, WerkstattId id, MemberId member, CancellationToken _) =>
            (from w in db.Set<WerkstattAggregate>().Where(w => w.Id == id)
             from m in db.Set<Member>().Where(m => m.Id == member && m.NetworkId == w.NetworkId).DefaultIfEmpty()
             select new WerkstattMember(w, m)).FirstOrDefault()));

    public static Task<WerkstattMember?> WerkstattWithMemberTracked(WerkstattDbContext db, WerkstattId id, MemberId member, CancellationToken cancellationToken) => WerkstattWithMemberTrackedQuery.For(db)(db, id, member, cancellationToken);

    private static readonly PerModel<Func<WerkstattDbContext, WerkstattId, MemberId, CancellationToken, Task<WerkstattMember?>>> WerkstattWithMemberQuery = new(() =>
        EF.CompileAsyncQuery((WerkstattDbContext db, WerkstattId id, MemberId member, CancellationToken _) =>
            (from w in db.Set<WerkstattAggregate>().AsNoTracking().Where(w => w.Id == id)
             from m in db.Set<Member>().AsNoTracking().Where(m => m.Id == member && m.NetworkId == w.NetworkId).DefaultIfEmpty()
             select new WerkstattMember(w, m)).FirstOrDefault()));

    public static Task<WerkstattMember?> WerkstattWithMember(WerkstattDbContext db, WerkstattId id, MemberId member, CancellationToken cancellationToken) => WerkstattWithMemberQuery.For(db)(db, id, member, cancellationToken);

    private static readonly PerModel<Func<WerkstattDbContext, WerkstattId, CancellationToken, Task<WerkstattAggregate?>>> WerkstattByIdQuery = new(() =>
        EF.CompileAsyncQuery((WerkstattDbContext db, WerkstattId id, CancellationToken _) =>
            db.Set<WerkstattAggregate>().AsNoTracking().FirstOrDefault(w => w.Id == id)));

    public static Task<WerkstattAggregate?> WerkstattById(WerkstattDbContext db, WerkstattId id, CancellationToken cancellationToken) => WerkstattByIdQuery.For(db)(db, id, cancellationToken);

    private static readonly PerModel<Func<WerkstattDbContext, NetworkId, CancellationToken, Task<Network?>>> NetworkByIdQuery = new(() =>
        EF.CompileAsyncQuery((WerkstattDbContext db, NetworkId id, CancellationToken _) =>
            db.Set<Network>().AsNoTracking().FirstOrDefault(n => n.Id == id)));

    public static Task<Network?> NetworkById(WerkstattDbContext db, NetworkId id, CancellationToken cancellationToken) => NetworkByIdQuery.For(db)(db, id, cancellationToken);

    private static readonly PerModel<Func<WerkstattDbContext, WerkstattId, CancellationToken, Task<CycleCounts?>>> CycleCountsQuery = new(() =>
        EF.CompileAsyncQuery((WerkstattDbContext db, WerkstattId id, CancellationToken _) =>
            db.Set<WerkstattAggregate>().AsNoTracking().Where(w => w.Id == id).Select(w => new CycleCounts(
                db.Set<VotingRound>().Any(r => r.WerkstattId == id && r.ClosedAt != null),
                db.Set<Process>().Count(p => p.WerkstattId == id),
                db.Set<StaffingPlan>().Any(p => p.WerkstattId == id && p.ConfirmedAt != null))).FirstOrDefault()));

    /// <summary>Whether the vote is closed, how many processes there are and whether the assignment is confirmed; null when the Werkstatt does not exist.</summary>
    public static Task<CycleCounts?> CycleCounts(WerkstattDbContext db, WerkstattId id, CancellationToken cancellationToken) => CycleCountsQuery.For(db)(db, id, cancellationToken);

    private static readonly PerModel<Func<WerkstattDbContext, WerkstattId, IAsyncEnumerable<Process>>> ProcessesQuery = new(() =>
        EF.CompileAsyncQuery((WerkstattDbContext db, WerkstattId id) =>
            db.Set<Process>().AsNoTracking().Where(p => p.WerkstattId == id)));

    public static IAsyncEnumerable<Process> Processes(WerkstattDbContext db, WerkstattId id) => ProcessesQuery.For(db)(db, id);

    private static readonly PerModel<Func<WerkstattDbContext, WerkstattId, CancellationToken, Task<StaffingPlan?>>> PlanQuery = new(() =>
        EF.CompileAsyncQuery((WerkstattDbContext db, WerkstattId id, CancellationToken _) =>
            db.Set<StaffingPlan>().AsNoTracking().FirstOrDefault(p => p.WerkstattId == id)));

    public static Task<StaffingPlan?> Plan(WerkstattDbContext db, WerkstattId id, CancellationToken cancellationToken) => PlanQuery.For(db)(db, id, cancellationToken);

    private static readonly PerModel<Func<WerkstattDbContext, WerkstattId, MemberId, CancellationToken, Task<OfferRead?>>> OfferTrackedQuery = new(() =>
        EF.CompileAsyncQuery((WerkstattDbContext db, WerkstattId id, MemberId member, CancellationToken _) =>
            db.Set<MemberOffer>().Where(o => o.WerkstattId == id && o.MemberId == member)
                .Select(o => new OfferRead(o, db.Set<StaffingPlan>().Any(p => p.WerkstattId == id && p.ConfirmedAt != null))).FirstOrDefault()));

    /// <summary>The member's offer, tracked, and whether the Werkstatt's assignment is confirmed; null when the member has no offer yet.</summary>
    public static Task<OfferRead?> OfferTracked(WerkstattDbContext db, WerkstattId id, MemberId member, CancellationToken cancellationToken) => OfferTrackedQuery.For(db)(db, id, member, cancellationToken);

    private static readonly PerModel<Func<WerkstattDbContext, WerkstattId, MemberId, CancellationToken, Task<OfferRead?>>> OfferQuery = new(() =>
        EF.CompileAsyncQuery((WerkstattDbContext db, WerkstattId id, MemberId member, CancellationToken _) =>
            db.Set<MemberOffer>().AsNoTracking().Where(o => o.WerkstattId == id && o.MemberId == member)
                .Select(o => new OfferRead(o, db.Set<StaffingPlan>().Any(p => p.WerkstattId == id && p.ConfirmedAt != null))).FirstOrDefault()));

    /// <summary>As <see cref="OfferTracked"/>, not tracked.</summary>
    public static Task<OfferRead?> Offer(WerkstattDbContext db, WerkstattId id, MemberId member, CancellationToken cancellationToken) => OfferQuery.For(db)(db, id, member, cancellationToken);

    private static readonly PerModel<Func<WerkstattDbContext, WerkstattId, IAsyncEnumerable<ProcessSlotRow>>> ProcessesWithSlotsQuery = new(() =>
        EF.CompileAsyncQuery((WerkstattDbContext db, WerkstattId id) =>
            from p in db.Set<Process>().AsNoTracking().Where(p => p.WerkstattId == id)
            join c in db.Set<MemberOffer>().AsNoTracking().Where(o => o.WerkstattId == id).SelectMany(o => o.Claims)
                on p.Id equals c.ProcessId into claims
            from c in claims.DefaultIfEmpty()
            select new ProcessSlotRow(p, c == null ? null : EF.Property<MemberId?>(c, "MemberId"), c == null ? null : c.Slot)));

    /// <summary>
    /// The processes of the Werkstatt, each with its claimed slots (whose, which), in one round trip: a process once
    /// per claimed slot, or once with no slot. What a claim and the offer page need of the others' offers.
    /// </summary>
    public static IAsyncEnumerable<ProcessSlotRow> ProcessesWithSlots(WerkstattDbContext db, WerkstattId id) => ProcessesWithSlotsQuery.For(db)(db, id);

    private static readonly PerModel<Func<WerkstattDbContext, WerkstattId, IAsyncEnumerable<MemberOffer>>> OffersQuery = new(() =>
        EF.CompileAsyncQuery((WerkstattDbContext db, WerkstattId id) =>
            db.Set<MemberOffer>().AsNoTracking().Where(o => o.WerkstattId == id)));

    public static IAsyncEnumerable<MemberOffer> Offers(WerkstattDbContext db, WerkstattId id) => OffersQuery.For(db)(db, id);

    private static readonly PerModel<Func<WerkstattDbContext, WerkstattId, CancellationToken, Task<VotingRound?>>> RoundTrackedQuery = new(() =>
        EF.CompileAsyncQuery((WerkstattDbContext db, WerkstattId id, CancellationToken _) =>
            db.Set<VotingRound>().FirstOrDefault(r => r.WerkstattId == id)));

    public static Task<VotingRound?> RoundTracked(WerkstattDbContext db, WerkstattId id, CancellationToken cancellationToken) => RoundTrackedQuery.For(db)(db, id, cancellationToken);

    private static readonly PerModel<Func<WerkstattDbContext, WerkstattId, CancellationToken, Task<VotingRound?>>> RoundQuery = new(() =>
        EF.CompileAsyncQuery((WerkstattDbContext db, WerkstattId id, CancellationToken _) =>
            db.Set<VotingRound>().AsNoTracking().FirstOrDefault(r => r.WerkstattId == id)));

    public static Task<VotingRound?> Round(WerkstattDbContext db, WerkstattId id, CancellationToken cancellationToken) => RoundQuery.For(db)(db, id, cancellationToken);

    private static readonly PerModel<Func<WerkstattDbContext, WerkstattId, IAsyncEnumerable<Ballot>>> BallotsQuery = new(() =>
        EF.CompileAsyncQuery((WerkstattDbContext db, WerkstattId id) =>
            db.Set<Ballot>().AsNoTracking().Where(b => b.WerkstattId == id)));

    public static IAsyncEnumerable<Ballot> Ballots(WerkstattDbContext db, WerkstattId id) => BallotsQuery.For(db)(db, id);

    private static readonly PerModel<Func<WerkstattDbContext, WerkstattId, MemberId, CancellationToken, Task<Ballot?>>> BallotTrackedQuery = new(() =>
        EF.CompileAsyncQuery((WerkstattDbContext db, WerkstattId id, MemberId member, CancellationToken _) =>
            db.Set<Ballot>().FirstOrDefault(b => b.WerkstattId == id && b.MemberId == member)));

    public static Task<Ballot?> BallotTracked(WerkstattDbContext db, WerkstattId id, MemberId member, CancellationToken cancellationToken) => BallotTrackedQuery.For(db)(db, id, member, cancellationToken);

    private static readonly PerModel<Func<WerkstattDbContext, WerkstattId, MemberId, CancellationToken, Task<Ballot?>>> BallotQuery = new(() =>
        EF.CompileAsyncQuery((WerkstattDbContext db, WerkstattId id, MemberId member, CancellationToken _) =>
            db.Set<Ballot>().AsNoTracking().FirstOrDefault(b => b.WerkstattId == id && b.MemberId == member)));

    public static Task<Ballot?> Ballot(WerkstattDbContext db, WerkstattId id, MemberId member, CancellationToken cancellationToken) => BallotQuery.For(db)(db, id, member, cancellationToken);

    private static readonly PerModel<Func<WerkstattDbContext, WerkstattId, IAsyncEnumerable<Topic>>> TopicsQuery = new(() =>
        EF.CompileAsyncQuery((WerkstattDbContext db, WerkstattId id) =>
            db.Set<Topic>().AsNoTracking().Where(t => t.WerkstattId == id)));

    public static IAsyncEnumerable<Topic> Topics(WerkstattDbContext db, WerkstattId id) => TopicsQuery.For(db)(db, id);

    private static readonly PerModel<Func<WerkstattDbContext, WerkstattId, IAsyncEnumerable<Topic>>> OpenTopicsQuery = new(() =>
        EF.CompileAsyncQuery((WerkstattDbContext db, WerkstattId id) =>
            db.Set<Topic>().AsNoTracking().Where(t => t.WerkstattId == id && t.Status == TopicStatus.Open)));

    public static IAsyncEnumerable<Topic> OpenTopics(WerkstattDbContext db, WerkstattId id) => OpenTopicsQuery.For(db)(db, id);

    private static readonly PerModel<Func<WerkstattDbContext, NetworkId, IAsyncEnumerable<Member>>> MembersQuery = new(() =>
        EF.CompileAsyncQuery((WerkstattDbContext db, NetworkId network) =>
            db.Set<Member>().AsNoTracking().Where(m => m.NetworkId == network)));

    public static IAsyncEnumerable<Member> Members(WerkstattDbContext db, NetworkId network) => MembersQuery.For(db)(db, network);

    private static readonly PerModel<Func<WerkstattDbContext, WerkstattId, CancellationToken, Task<WerkstattCalendar?>>> CalendarQuery = new(() =>
        EF.CompileAsyncQuery((WerkstattDbContext db, WerkstattId id, CancellationToken _) =>
            db.Set<WerkstattCalendar>().AsNoTracking().FirstOrDefault(c => c.WerkstattId == id)));

    public static Task<WerkstattCalendar?> Calendar(WerkstattDbContext db, WerkstattId id, CancellationToken cancellationToken) => CalendarQuery.For(db)(db, id, cancellationToken);

    /// <summary>All rows of a compiled query, in the order the database gave them.</summary>
    public static async Task<List<T>> ListAsync<T>(IAsyncEnumerable<T> rows, CancellationToken cancellationToken)
    {
        var list = new List<T>();
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            list.Add(row);
        }

        return list;
    }
}

/// <summary>A member's offer and, in the same round trip, whether the assignment of its Werkstatt is confirmed.</summary>
internal sealed record OfferRead(MemberOffer Offer, bool PlanConfirmed);

/// <summary>A process and one of its claimed slots (member and slot null when it has none): a row of <see cref="HotQueries.ProcessesWithSlots"/>.</summary>
internal sealed record ProcessSlotRow(Process Process, MemberId? Member, int? Slot);

/// <summary>One claimed slot of a process: by which member.</summary>
internal sealed record ClaimedSlot(MemberId Member, ProcessId Process, int Slot);
