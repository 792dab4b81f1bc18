using Werkstatt.Domain.Assignment;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Network;
using Werkstatt.Domain.Processes;
using Werkstatt.Domain.Staffing;
using Werkstatt.Domain.Staffing.Rules;
using Werkstatt.Domain.Tests.Support;
using static Werkstatt.Domain.Tests.Support.RuleAssert;

namespace Werkstatt.Domain.Tests.Staffing;

public class MemberOfferTests
{
    private static readonly MemberLevel[] Stadt = [MemberLevel.Stadt];
    private readonly MemberOffer _offer = Cycles.Offer(MemberId.New(), 1);
    private readonly Process _process = Cycles.Process("Gewerbe anmelden", 2, Stadt);

    private static int Claim(MemberOffer offer, Process process, MemberLevel level = MemberLevel.Stadt, params int[] taken) =>
        offer.Claim(process, level, taken, Phase.Assignment, false, Cycles.Now, "PM");

    [Fact]
    public void A_claim_takes_the_lowest_free_slot_up_to_the_capacity()
    {
        Assert.Equal(2, Claim(_offer, _process, MemberLevel.Stadt, 1));
        Assert.Equal((1, 0), (_offer.Claims.Count, _offer.CapacityLeft));

        var violation = AssertBrokenRule<ClaimsMustNotExceedCapacityRule>(() => Claim(_offer, Cycles.Process("Zweiter", 1, Stadt)));
        Assert.Equal("Die Kapazität Ihrer Verwaltung ist ausgeschöpft: 1 von 1 Prozessen sind übernommen.", violation.Message);
    }

    [Fact]
    public void Claims_are_refused_for_a_full_process_a_second_time_a_foreign_level_or_after_not_applicable()
    {
        var offer = Cycles.Offer(MemberId.New(), 5);
        AssertBrokenRule<ProcessMustHaveAFreeSlotRule>(() => Claim(offer, _process, MemberLevel.Stadt, 1, 2));
        Claim(offer, _process);
        AssertBrokenRule<MembersClaimAProcessOnlyOnceRule>(() => Claim(offer, _process));
        AssertBrokenRule<ClaimsNeedAMatchingLevelRule>(() => Claim(offer, Cycles.Process("Kreissache", 1, [MemberLevel.Kreis])));
        var other = Cycles.Process("Nicht bei uns", 1, Stadt);
        offer.SetBids(new Dictionary<ProcessId, Bid> { [other.Id] = Bid.NotApplicable }, new Dictionary<ProcessId, Process> { [other.Id] = other }, Phase.Assignment, false);
        AssertBrokenRule<NotApplicableProcessesCannotBeClaimedRule>(() => Claim(offer, other));
        AssertBrokenRule<ClaimsMustNotExceedCapacityRule>(() => Claim(Cycles.Offer(MemberId.New(), 0), other));
    }

    [Fact]
    public void A_crossing_process_keeps_slot_one_for_the_Kreis_and_slot_two_for_a_town()
    {
        var crossing = Cycles.Process("Meldebescheinigung", 2, [MemberLevel.Kreis, MemberLevel.Stadt, MemberLevel.Gemeinde], crosses: true);

        Assert.Equal(2, Claim(Cycles.Offer(MemberId.New(), 1), crossing, MemberLevel.Gemeinde));
        Assert.Equal(1, Claim(Cycles.Offer(MemberId.New(), 1), crossing, MemberLevel.Kreis, 2));
        var violation = AssertBrokenRule<ProcessMustHaveAFreeSlotRule>(() => Claim(Cycles.Offer(MemberId.New(), 1), crossing, MemberLevel.Stadt, 2));
        Assert.Contains("Der Platz für Stadt oder Gemeinde ist schon vergeben", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Capacity_is_declared_in_the_assignment_phase_and_never_below_the_claims()
    {
        Claim(_offer, _process);

        AssertBrokenRule<CapacityCannotFallBelowClaimsRule>(() => _offer.DeclareCapacity(0, Phase.Assignment, false, Cycles.Now));
        Assert.Equal("Capacity", AssertBrokenRule("CapacityMustBePlausible", () => _offer.DeclareCapacity(-1, Phase.Assignment, false, Cycles.Now)).Field);
        AssertBrokenRule<StaffingIsOpenDuringAssignmentRule>(() => _offer.DeclareCapacity(3, Phase.ProcessSelection, false, Cycles.Now));
        var confirmed = AssertBrokenRule<StaffingIsOpenDuringAssignmentRule>(() => _offer.DeclareCapacity(3, Phase.Assignment, true, Cycles.Now));
        Assert.Contains("bestätigt", confirmed.Message, StringComparison.Ordinal);
        Assert.Equal(1, _offer.Capacity);
    }

    [Fact]
    public void Bids_name_processes_of_this_Werkstatt_and_never_contradict_a_claim()
    {
        var processes = new Dictionary<ProcessId, Process> { [_process.Id] = _process };
        _offer.SetBids(new Dictionary<ProcessId, Bid> { [_process.Id] = Bid.Want }, processes, Phase.Assignment, false);
        Assert.Equal(Bid.Want, _offer.BidOn(_process.Id));
        Assert.Equal(Bid.Can, _offer.BidOn(ProcessId.New()));
        Claim(_offer, _process);

        AssertBrokenRule<ClaimedProcessesCannotBeNotApplicableRule>(() => _offer.SetBids(new Dictionary<ProcessId, Bid> { [_process.Id] = Bid.NotApplicable }, processes, Phase.Assignment, false));
        AssertBrokenRule<BidsConcernProcessesOfThisWerkstattRule>(() => _offer.SetBids(new Dictionary<ProcessId, Bid> { [ProcessId.New()] = Bid.Want }, processes, Phase.Assignment, false));
    }

    [Fact]
    public void Only_a_claimed_process_can_be_released()
    {
        AssertBrokenRule<OnlyClaimedProcessesCanBeReleasedRule>(() => _offer.Release(_process.Id, Phase.Assignment, false));
        Claim(_offer, _process);

        _offer.Release(_process.Id, Phase.Assignment, false);

        Assert.Empty(_offer.Claims);
    }
}
