using Microsoft.EntityFrameworkCore;
using Werkstatt.Domain.Assignment;
using Werkstatt.Domain.Common;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Network;
using Werkstatt.Domain.Processes;
using Werkstatt.Domain.Staffing;
using Werkstatt.Service.Common;
using Werkstatt.Service.Persistence;
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

        var (w, member, offer) = context.Value;
        return await ViewAsync(w, member, offer, cancellationToken);
    }

    public Task<Result<OfferView>> DeclareCapacityAsync(Actor actor, WerkstattId werkstattId, MemberId memberId, int capacity, int? version, CancellationToken cancellationToken = default) =>
        ChangeAsync(actor, werkstattId, memberId, version, (w, _, offer, confirmed, now) =>
        {
            offer.DeclareCapacity(capacity, w.Phase, confirmed, now);
            return Task.CompletedTask;
        }, null, cancellationToken);

    public Task<Result<OfferView>> SetBidsAsync(Actor actor, WerkstattId werkstattId, MemberId memberId, IReadOnlyDictionary<ProcessId, Bid> bids, int? version, CancellationToken cancellationToken = default) =>
        ChangeAsync(actor, werkstattId, memberId, version, async (w, _, offer, confirmed, _) =>
        {
            var processes = await db.Set<Process>().AsNoTracking().Where(p => p.WerkstattId == werkstattId).ToDictionaryAsync(p => p.Id, cancellationToken);
            offer.SetBids(bids, processes, w.Phase, confirmed);
        }, null, cancellationToken);

    /// <summary>
    /// Takes a slot of the process. Two members racing for the last slot meet at the unique slot index (one wins, the
    /// other gets a rule error); two claims of one member meet at the offer's version, so its capacity holds.
    /// </summary>
    public Task<Result<OfferView>> ClaimAsync(Actor actor, WerkstattId werkstattId, MemberId memberId, ProcessId processId, int? version, CancellationToken cancellationToken = default) =>
        ChangeAsync(actor, werkstattId, memberId, version, async (w, member, offer, confirmed, now) =>
        {
            var process = await db.Set<Process>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == processId && p.WerkstattId == werkstattId, cancellationToken)
                ?? throw new DomainRuleViolation("ProcessMustExist", "Diesen Prozess gibt es in dieser Werkstatt nicht.", "ProcessId");
            var others = await db.Set<MemberOffer>().AsNoTracking()
                .Where(o => o.WerkstattId == werkstattId && o.MemberId != memberId)
                .ToListAsync(cancellationToken);
            var taken = others.SelectMany(o => o.Claims).Where(c => c.ProcessId == processId).Select(c => c.Slot).ToList();
            offer.Claim(process, member.Level, taken, w.Phase, confirmed, now, actor.Name);
        }, SlotTaken, cancellationToken);

    public Task<Result<OfferView>> ReleaseAsync(Actor actor, WerkstattId werkstattId, MemberId memberId, ProcessId processId, int? version, CancellationToken cancellationToken = default) =>
        ChangeAsync(actor, werkstattId, memberId, version, (w, _, offer, confirmed, _) =>
        {
            offer.Release(processId, w.Phase, confirmed);
            return Task.CompletedTask;
        }, null, cancellationToken);

    private async Task<Result<(WerkstattAggregate Werkstatt, Member Member, MemberOffer Offer)>> ContextAsync(
        Actor actor, WerkstattId werkstattId, MemberId memberId, bool track, CancellationToken cancellationToken)
    {
        var werkstatt = await scope.ReadableAsync(actor, werkstattId, cancellationToken);
        if (!werkstatt.IsSuccess)
        {
            return werkstatt.Error;
        }

        var w = werkstatt.Value;
        if (!actor.ManagesMember(w.NetworkId, memberId))
        {
            return Error.Forbidden("Sie können nur für Ihre eigene Verwaltung Kapazität, Wünsche und Meldungen abgeben.");
        }

        var member = await scope.MemberAsync(w.NetworkId, memberId, cancellationToken);
        if (!member.IsSuccess)
        {
            return member.Error;
        }

        var offers = track ? db.Set<MemberOffer>() : db.Set<MemberOffer>().AsNoTracking();
        var offer = await offers.FirstOrDefaultAsync(o => o.WerkstattId == werkstattId && o.MemberId == memberId, cancellationToken)
            ?? MemberOffer.For(werkstattId, memberId);
        return (w, member.Value, offer);
    }

    private async Task<Result<OfferView>> ChangeAsync(
        Actor actor, WerkstattId werkstattId, MemberId memberId, int? version,
        Func<WerkstattAggregate, Member, MemberOffer, bool, DateTimeOffset, Task> change, Error? taken, CancellationToken cancellationToken)
    {
        var context = await ContextAsync(actor, werkstattId, memberId, track: true, cancellationToken);
        if (!context.IsSuccess)
        {
            return context.Error;
        }

        var (w, member, offer) = context.Value;
        if (version is { } expected && expected != offer.Version)
        {
            db.ChangeTracker.Clear();
            return Error.Concurrency(What);
        }

        var confirmed = await db.Set<StaffingPlan>().AnyAsync(p => p.WerkstattId == werkstattId && p.ConfirmedAt != null, cancellationToken);
        try
        {
            await change(w, member, offer, confirmed, time.GetUtcNow());
        }
        catch (DomainRuleViolation violation)
        {
            db.ChangeTracker.Clear();
            return violation.ToError();
        }

        var conflict = await db.SaveCreatedOrChangedAsync(offer, version, What, taken, cancellationToken);

        // The Werkstatt, member and offer are already loaded (and the offer saved): only the others' claims are read again.
        if (conflict is not null)
        {
            return conflict;
        }

        return await ViewAsync(w, member, offer, cancellationToken);
    }

    private async Task<OfferView> ViewAsync(WerkstattAggregate w, Member member, MemberOffer offer, CancellationToken cancellationToken)
    {
        var processes = await db.Set<Process>().AsNoTracking().Where(p => p.WerkstattId == w.Id).ToListAsync(cancellationToken);
        var offers = await db.Set<MemberOffer>().AsNoTracking().Where(o => o.WerkstattId == w.Id).ToListAsync(cancellationToken);
        var plan = await db.Set<StaffingPlan>().AsNoTracking().FirstOrDefaultAsync(p => p.WerkstattId == w.Id, cancellationToken);
        var confirmed = plan?.IsConfirmed == true;
        var rows = processes
            .OrderBy(p => p.Name, StringComparer.CurrentCulture)
            .Select(p => new OfferProcess(
                p,
                offers.Sum(o => o.Claims.Count(c => c.ProcessId == p.Id)),
                offer.BidOn(p.Id),
                offer.HasClaimed(p.Id),
                confirmed && plan!.Has(p.Id, member.Id)))
            .ToList();
        return new OfferView(w, member, offer, rows, w.Phase == Phase.Assignment && !confirmed, confirmed);
    }
}
