using Microsoft.EntityFrameworkCore;
using Werkstatt.Domain.Assignment;
using Werkstatt.Domain.Common;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Network;
using Werkstatt.Domain.Processes;
using Werkstatt.Domain.Staffing;
using Werkstatt.Service.Common;
using Werkstatt.Service.Persistence;
using Werkstatt.Service.Persistence.Queries;
using Werkstatt.Service.Voting;
using WerkstattAggregate = Werkstatt.Domain.Cycle.Werkstatt;

namespace Werkstatt.Service.Staffing;

/// <summary>
/// A member's side of the assignment: capacity, bids, claims (first come, first served). Its process managers act for it,
/// and the coordinator may enter what a member reports; nobody else.
/// </summary>
public sealed class OfferService(WerkstattDbContext db, WerkstattScope scope, TimeProvider time)
{
    private const string What = "Das Angebot der Verwaltung";

    private static readonly Error SlotTaken = new(
        ErrorKind.Rule, "ProcessMustHaveAFreeSlot", "Diesen Platz hat gerade eine andere Verwaltung übernommen. Bitte laden Sie die Seite neu.");

    public async Task<Result<OfferView>> GetAsync(Actor actor, WerkstattId werkstattId, MemberId memberId, CancellationToken cancellationToken = default)
    {
        var context = await ContextAsync(actor, werkstattId, memberId, track: false, cancellationToken);
        if (!context.IsSuccess)
        {
            return context.Error;
        }

        var (w, member) = context.Value;
        var (offers, processes) = await OffersAsync(w, member, track: false, cancellationToken);
        return View(offers, processes);
    }

    public Task<Result<OfferView>> DeclareCapacityAsync(Actor actor, WerkstattId werkstattId, MemberId memberId, int capacity, int? version, CancellationToken cancellationToken = default) =>
        ChangeAsync(actor, werkstattId, memberId, version, (c, _, now) => c.Offer.DeclareCapacity(capacity, c.Werkstatt.Phase, c.Confirmed, now), null, cancellationToken);

    public Task<Result<OfferView>> SetBidsAsync(Actor actor, WerkstattId werkstattId, MemberId memberId, IReadOnlyDictionary<ProcessId, Bid> bids, int? version, CancellationToken cancellationToken = default) =>
        ChangeAsync(actor, werkstattId, memberId, version, (c, processes, _) =>
            c.Offer.SetBids(bids, processes.ToDictionary(p => p.Id), c.Werkstatt.Phase, c.Confirmed), null, cancellationToken);

    /// <summary>
    /// Takes a slot of the process. Two members racing for the last slot meet at the unique slot index (one wins, the
    /// other gets a rule error); two claims of one member meet at the offer's version, so its capacity holds.
    /// </summary>
    public Task<Result<OfferView>> ClaimAsync(Actor actor, WerkstattId werkstattId, MemberId memberId, ProcessId processId, int? version, CancellationToken cancellationToken = default) =>
        ChangeAsync(actor, werkstattId, memberId, version, (c, processes, now) =>
        {
            var process = processes.FirstOrDefault(p => p.Id == processId)
                ?? throw new DomainRuleViolation("ProcessMustExist", "Diesen Prozess gibt es in dieser Werkstatt nicht.", "ProcessId");
            var taken = c.OthersClaims.Where(cl => cl.Process == processId).Select(cl => cl.Slot).ToList();
            c.Offer.Claim(process, c.Member.Level, taken, c.Werkstatt.Phase, c.Confirmed, now, actor.Name);
        }, SlotTaken, cancellationToken);

    public Task<Result<OfferView>> ReleaseAsync(Actor actor, WerkstattId werkstattId, MemberId memberId, ProcessId processId, int? version, CancellationToken cancellationToken = default) =>
        ChangeAsync(actor, werkstattId, memberId, version, (c, _, _) => c.Offer.Release(processId, c.Werkstatt.Phase, c.Confirmed), null, cancellationToken);

    /// <summary>The Werkstatt and the member, checked against the actor, in one round trip.</summary>
    private async Task<Result<(WerkstattAggregate Werkstatt, Member Member)>> ContextAsync(Actor actor, WerkstattId werkstattId, MemberId memberId, bool track, CancellationToken cancellationToken)
    {
        var scoped = await scope.ReadableWithMemberAsync(actor, werkstattId, memberId, track, cancellationToken);
        if (!scoped.IsSuccess)
        {
            return scoped.Error;
        }

        var (w, member) = scoped.Value;
        if (!actor.ManagesMember(w.NetworkId, memberId))
        {
            db.ChangeTracker.Clear();
            return Error.Forbidden("Sie können nur für Ihre eigene Verwaltung Kapazität, Wünsche und Meldungen abgeben.");
        }

        if (member is null)
        {
            db.ChangeTracker.Clear();
            return Error.NotFound("Die Verwaltung");
        }

        return (w, member);
    }

    /// <summary>
    /// The member's own offer (new when none is stored; tracked to be changed), then the processes with the slots the
    /// others hold. The others' offers are not materialised: a claim and the view need only which slots of which
    /// process are taken. The assignment plan matters only once it is confirmed (no more claims; the view marks the
    /// member's processes): whether it is comes with the offer, and the plan itself is read only then, or when there
    /// is no offer yet. The slots come last, so they are as fresh as they can be when a claim picks its own (the
    /// unique slot index still decides a race).
    /// </summary>
    private async Task<(OfferContext Context, IReadOnlyList<Process> Processes)> OffersAsync(WerkstattAggregate w, Member member, bool track, CancellationToken cancellationToken)
    {
        var read = await (track ? HotQueries.OfferTracked(db, w.Id, member.Id, cancellationToken) : HotQueries.Offer(db, w.Id, member.Id, cancellationToken));
        var plan = read is { PlanConfirmed: false } ? null : await HotQueries.Plan(db, w.Id, cancellationToken);
        var rows = await HotQueries.ListAsync(HotQueries.ProcessesWithSlots(db, w.Id), cancellationToken);
        var processes = rows.DistinctBy(r => r.Process.Id).Select(r => r.Process).ToList();
        var others = rows
            .Where(r => r.Member is { } m && m != member.Id && r.Slot is not null)
            .Select(r => new ClaimedSlot(r.Member!.Value, r.Process.Id, r.Slot!.Value))
            .ToList();
        var offer = read?.Offer ?? MemberOffer.For(w.Id, member.Id);
        return (new OfferContext(w, member, offer, others, plan is { IsConfirmed: true } ? plan : null), processes);
    }

    private async Task<Result<OfferView>> ChangeAsync(
        Actor actor, WerkstattId werkstattId, MemberId memberId, int? version,
        Action<OfferContext, IReadOnlyList<Process>, DateTimeOffset> change, Error? taken, CancellationToken cancellationToken)
    {
        var context = await ContextAsync(actor, werkstattId, memberId, track: true, cancellationToken);
        if (!context.IsSuccess)
        {
            return context.Error;
        }

        // Each read once, for the change and for the answer.
        var (w, member) = context.Value;
        var (c, processes) = await OffersAsync(w, member, track: true, cancellationToken);
        if (version is { } expected && expected != c.Offer.Version)
        {
            db.ChangeTracker.Clear();
            return Error.Concurrency(What);
        }

        try
        {
            change(c, processes, time.GetUtcNow());
        }
        catch (DomainRuleViolation violation)
        {
            db.ChangeTracker.Clear();
            return violation.ToError();
        }

        var conflict = await db.SaveCreatedOrChangedAsync(c.Offer, version, What, taken, cancellationToken);

        // The answer is built from what is in memory: the saved offer and the others' as read before the change.
        return conflict is null ? View(c, processes) : conflict;
    }

    private static OfferView View(OfferContext c, IReadOnlyList<Process> processes)
    {
        var (w, member, offer, others, plan) = c;
        var claimedByOthers = others.CountBy(s => s.Process).ToDictionary();
        var confirmed = c.Confirmed;
        var rows = processes
            .OrderBy(p => p.Name, StringComparer.CurrentCulture)
            .Select(p => new OfferProcess(
                p,
                claimedByOthers.GetValueOrDefault(p.Id) + offer.Claims.Count(cl => cl.ProcessId == p.Id),
                offer.BidOn(p.Id),
                offer.HasClaimed(p.Id),
                plan?.Has(p.Id, member.Id) == true))
            .ToList();
        return new OfferView(w, member, offer, rows, w.Phase == Phase.Assignment && !confirmed, confirmed);
    }
}
