using Werkstatt.Domain.Assignment;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Network;
using Werkstatt.Domain.Processes;
using Werkstatt.Domain.Staffing;
using Werkstatt.Domain.Staffing.Events;
using Werkstatt.Domain.Staffing.Rules;
using Werkstatt.Domain.Tests.Support;
using static Werkstatt.Domain.Tests.Support.RuleAssert;

namespace Werkstatt.Domain.Tests.Staffing;

public class StaffingPlanTests
{
    private readonly MemberId _kreis = MemberId.New();
    private readonly MemberId _stadt = MemberId.New();
    private readonly Process _crossing = Cycles.Process("Meldebescheinigung", 2, [MemberLevel.Kreis, MemberLevel.Stadt], crosses: true);
    private readonly Process _town = Cycles.Process("Gewerbe anmelden", 1, [MemberLevel.Stadt]);

    private StaffingPlan Proposed()
    {
        var plan = StaffingPlan.For(Cycles.Id);
        var solution = new AssignmentSolution(
            [new(_crossing.Id.ToString(), _stadt.ToString(), AssignmentSource.Claim, "selbst gemeldet"), new(_crossing.Id.ToString(), _kreis.ToString(), AssignmentSource.Solver, "möglich")],
            [new(_town.Id.ToString(), 1, "niemand kommt infrage")],
            new AssignmentObjective(2, 0, 0, 7));
        plan.Propose(
            solution,
            new Dictionary<string, ProcessId> { [_crossing.Id.ToString()] = _crossing.Id, [_town.Id.ToString()] = _town.Id },
            new Dictionary<string, MemberId> { [_kreis.ToString()] = _kreis, [_stadt.ToString()] = _stadt },
            Phase.Assignment, Cycles.Now, "Koordination");
        return plan;
    }

    private BoardMember Member(MemberId id, MemberLevel level, int capacity, params (Process Process, Bid Bid)[] bids)
    {
        var offer = Cycles.Offer(id, capacity);
        offer.SetBids(bids.ToDictionary(b => b.Process.Id, b => b.Bid), new Dictionary<ProcessId, Process> { [_crossing.Id] = _crossing, [_town.Id] = _town }, Phase.Assignment, false);
        return new BoardMember(id, level == MemberLevel.Kreis ? "Kreis K" : "Stadt S", level, offer);
    }

    [Fact]
    public void The_proposal_keeps_the_solvers_sources_gaps_and_objective()
    {
        var plan = Proposed();

        Assert.Equal([CellSource.Claim, CellSource.Solver], plan.Cells.Select(c => c.Source));
        Assert.Equal("niemand kommt infrage", Assert.Single(plan.Gaps).Reason);
        Assert.Equal(new AssignmentObjective(2, 0, 0, 7), plan.Objective);
    }

    [Fact]
    public void Every_hard_constraint_is_named_for_a_change_by_hand()
    {
        var plan = Proposed();
        var levels = new Dictionary<MemberId, MemberLevel> { [_kreis] = MemberLevel.Kreis, [_stadt] = MemberLevel.Stadt };
        var kreis = Member(_kreis, MemberLevel.Kreis, 1, (_town, Bid.NotApplicable));

        var onTown = HardConstraints.ViolatedBy(_town, kreis, assign: true, plan.Cells, levels);
        var otherStadt = HardConstraints.ViolatedBy(_crossing, Member(MemberId.New(), MemberLevel.Stadt, 3), assign: true, plan.Cells, levels);

        Assert.Equal(3, onTown.Count); // level, "betrifft uns nicht", capacity
        Assert.Contains(onTown, v => v.Contains("betrifft uns nicht", StringComparison.Ordinal));
        Assert.Equal(2, otherStadt.Count); // too many modellers, Kreis and town
        Assert.Contains(otherStadt, v => v.Contains("ebenenübergreifend", StringComparison.Ordinal));
        Assert.Empty(HardConstraints.ViolatedBy(_town, Member(MemberId.New(), MemberLevel.Stadt, 1), assign: true, plan.Cells, levels));
    }

    [Fact]
    public void A_violation_needs_explicit_confirmation_and_is_recorded()
    {
        var plan = Proposed();
        string[] violations = ["Kreis K ist Kreis."];

        AssertBrokenRule<HardConstraintViolationsNeedConfirmationRule>(() => plan.Override(_town.Id, _kreis, true, violations, false, Phase.Assignment, Cycles.Now, "K"));
        Assert.DoesNotContain(plan.Cells, c => c.ProcessId == _town.Id);
        plan.Override(_town.Id, _kreis, true, violations, true, Phase.Assignment, Cycles.Now, "Koordination");

        Assert.Equal(("Kreis K ist Kreis.", CellSource.Override), (plan.Cells[^1].Violations, plan.Cells[^1].Source));
        Assert.Equal("Kreis K ist Kreis.", Assert.Single(plan.Overrides).Violations);
        AssertBrokenRule<OverridesChangeSomethingRule>(() => plan.Override(_town.Id, _kreis, true, [], false, Phase.Assignment, Cycles.Now, "K"));
    }

    [Fact]
    public void Confirming_raises_ModellerAssigned_per_member_and_freezes_the_plan()
    {
        var plan = Proposed();
        plan.Override(_town.Id, _stadt, true, [], false, Phase.Assignment, Cycles.Now, "K");

        plan.Confirm([(_crossing.Id, _stadt, "Stadt S: Meldebescheinigung")], Phase.Assignment, Cycles.Now, "Koordination");

        var events = plan.DomainEvents.Cast<ModellerAssigned>().ToList();
        Assert.Equal(2, events.Count);
        Assert.Equal(2, events.Single(e => e.MemberId == _stadt).Processes.Count);
        AssertBrokenRule<StaffingIsOpenDuringAssignmentRule>(() => plan.Override(_town.Id, _stadt, false, [], false, Phase.Assignment, Cycles.Now, "K"));
        AssertBrokenRule<StaffingIsOpenDuringAssignmentRule>(() => plan.Confirm([], Phase.Assignment, Cycles.Now, "K"));
    }

    [Fact]
    public void Confirming_needs_a_proposal_that_contains_every_claim()
    {
        AssertBrokenRule<ConfirmationNeedsAProposalRule>(() => StaffingPlan.For(Cycles.Id).Confirm([], Phase.Assignment, Cycles.Now, "K"));
        var plan = Proposed();

        var violation = AssertBrokenRule<ConfirmationNeedsAnUpToDateProposalRule>(() => plan.Confirm([(_town.Id, _kreis, "Kreis K: „Gewerbe anmelden“")], Phase.Assignment, Cycles.Now, "K"));

        Assert.Contains("Kreis K: „Gewerbe anmelden“", violation.Message, StringComparison.Ordinal);
        Assert.False(plan.IsConfirmed);
    }
}
