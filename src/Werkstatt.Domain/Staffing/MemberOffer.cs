using Werkstatt.Domain.Assignment;
using Werkstatt.Domain.Common;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Network;
using Werkstatt.Domain.Processes;
using Werkstatt.Domain.Staffing.Rules;

namespace Werkstatt.Domain.Staffing;

/// <summary>What one member offers for one Werkstatt: its capacity, its bids, and the processes it claimed.</summary>
public sealed class MemberOffer : AggregateRoot
{
    public const int MaxCapacity = 20;

    private readonly List<OfferBid> _bids = [];
    private readonly List<OfferClaim> _claims = [];

    private MemberOffer()
    {
    }

    public WerkstattId WerkstattId { get; private set; }

    public MemberId MemberId { get; private set; }

    /// <summary>How many processes the member models at most in this Werkstatt; 0 until declared.</summary>
    public int Capacity { get; private set; }

    public DateTimeOffset? CapacityDeclaredAt { get; private set; }

    public IReadOnlyList<OfferBid> Bids => _bids;

    public IReadOnlyList<OfferClaim> Claims => _claims;

    public int CapacityLeft => Math.Max(0, Capacity - _claims.Count);

    public static MemberOffer For(WerkstattId werkstattId, MemberId memberId) => new() { WerkstattId = werkstattId, MemberId = memberId };

    public Bid BidOn(ProcessId process) => _bids.FirstOrDefault(b => b.ProcessId == process)?.Bid ?? Bid.Can;

    public bool HasClaimed(ProcessId process) => _claims.Any(c => c.ProcessId == process);

    public void DeclareCapacity(int capacity, Phase phase, bool confirmed, DateTimeOffset now)
    {
        CheckRule(new StaffingIsOpenDuringAssignmentRule(phase, confirmed));
        if (capacity is < 0 or > MaxCapacity)
        {
            throw new DomainRuleViolation("CapacityMustBePlausible", $"Bitte eine Kapazität zwischen 0 und {MaxCapacity} Prozessen angeben.", nameof(Capacity));
        }

        CheckRule(new CapacityCannotFallBelowClaimsRule(capacity, _claims.Count));
        Capacity = capacity;
        CapacityDeclaredAt = now;
    }

    /// <summary>Sets the bids for the given processes; the others keep theirs.</summary>
    public void SetBids(IReadOnlyDictionary<ProcessId, Bid> bids, IReadOnlyDictionary<ProcessId, Process> processes, Phase phase, bool confirmed)
    {
        ArgumentNullException.ThrowIfNull(bids);
        ArgumentNullException.ThrowIfNull(processes);
        CheckRule(new StaffingIsOpenDuringAssignmentRule(phase, confirmed));
        foreach (var (processId, bid) in bids)
        {
            var process = processes.GetValueOrDefault(processId);
            CheckRule(new BidsConcernProcessesOfThisWerkstattRule(process is not null && process.WerkstattId == WerkstattId && Enum.IsDefined(bid)));
            CheckRule(new ClaimedProcessesCannotBeNotApplicableRule(process!.Name, bid == Bid.NotApplicable && HasClaimed(processId)));
        }

        foreach (var (processId, bid) in bids)
        {
            _bids.RemoveAll(b => b.ProcessId == processId);
            _bids.Add(new OfferBid(processId, bid));
        }
    }

    /// <summary>
    /// Takes a slot of <paramref name="process"/>, first come, first served; <paramref name="taken"/> are the slots
    /// other members hold. A crossing process with two modellers keeps slot 1 for a Kreis and slot 2 for a town,
    /// so two towns racing for it collide on the same slot. Returns the slot.
    /// </summary>
    public int Claim(Process process, MemberLevel level, IReadOnlyCollection<int> taken, Phase phase, bool confirmed, DateTimeOffset now, string by)
    {
        ArgumentNullException.ThrowIfNull(process);
        ArgumentNullException.ThrowIfNull(taken);
        CheckRule(new StaffingIsOpenDuringAssignmentRule(phase, confirmed));
        CheckRule(new BidsConcernProcessesOfThisWerkstattRule(process.WerkstattId == WerkstattId));
        CheckRule(new MembersClaimAProcessOnlyOnceRule(process.Name, HasClaimed(process.Id)));
        CheckRule(new ClaimsNeedAMatchingLevelRule(process, level));
        CheckRule(new NotApplicableProcessesCannotBeClaimedRule(process.Name, BidOn(process.Id) == Bid.NotApplicable));
        CheckRule(new ClaimsMustNotExceedCapacityRule(_claims.Count, Capacity));
        int? slot;
        string? reservedFor = null;
        if (process.NeedsKreisAndTown)
        {
            slot = level == MemberLevel.Kreis ? 1 : 2;
            reservedFor = level == MemberLevel.Kreis ? "den Kreis" : "Stadt oder Gemeinde";
            slot = taken.Contains(slot.Value) ? null : slot;
        }
        else
        {
            slot = Enumerable.Range(1, process.ModellersNeeded).Cast<int?>().FirstOrDefault(s => !taken.Contains(s!.Value));
        }

        CheckRule(new ProcessMustHaveAFreeSlotRule(process.Name, slot is not null, reservedFor));
        _claims.Add(new OfferClaim(process.Id, slot!.Value, now, by));
        return slot.Value;
    }

    public void Release(ProcessId process, Phase phase, bool confirmed)
    {
        CheckRule(new StaffingIsOpenDuringAssignmentRule(phase, confirmed));
        CheckRule(new OnlyClaimedProcessesCanBeReleasedRule(HasClaimed(process)));
        _claims.RemoveAll(c => c.ProcessId == process);
    }
}
