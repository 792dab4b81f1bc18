using Werkstatt.Domain.Assignment;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Network;
using Werkstatt.Domain.Staffing;
using Werkstatt.Service.Staffing;
using Werkstatt.Service.Werkstaetten;

namespace Werkstatt.Service.Tests.Voting;

public sealed class AssignmentFlowTests : IAsyncLifetime
{
    private CycleFixture _f = null!;

    public async ValueTask InitializeAsync() => _f = await CycleFixture.CreateAsync();

    public async ValueTask DisposeAsync() => await _f.DisposeAsync();

    [Fact]
    public async Task Claims_stay_the_solver_fills_the_rest_a_violation_needs_confirmation_and_confirming_opens_modelling()
    {
        var processes = await _f.ToAssignmentAsync(
            ("Gewerbeanmeldung", 1, [MemberLevel.Stadt], false),
            ("Meldebescheinigung", 2, [MemberLevel.Kreis, MemberLevel.Stadt], true));
        var (gewerbe, melde) = (processes[0], processes[1]);
        var a = await _f.DeclareAsync(_f.Net.ManagerOfA, _f.Net.StadtA.Id, 1, (melde, Bid.Want));
        await _f.DeclareAsync(_f.ManagerOfB, _f.Net.StadtB.Id, 1, (gewerbe, Bid.Want));
        await _f.DeclareAsync(_f.ManagerOfKreis, _f.Kreis.Id, 1);
        CycleFixture.Ok(await _f.Get<OfferService>().ClaimAsync(_f.Net.ManagerOfA, _f.WerkstattId, _f.Net.StadtA.Id, melde.Id, a.Offer.Version));
        var assignment = _f.Get<AssignmentService>();

        var board = CycleFixture.Ok(await assignment.SolveAsync(_f.Net.Coordinator, _f.WerkstattId, 0));
        Assert.Equal(CellSource.Claim, board.CellOf(melde.Id, _f.Net.StadtA.Id)!.Source);
        Assert.Equal(CellSource.Solver, board.CellOf(melde.Id, _f.Kreis.Id)!.Source);
        Assert.Equal(CellSource.Solver, board.CellOf(gewerbe.Id, _f.Net.StadtB.Id)!.Source);

        var unconfirmed = await assignment.OverrideAsync(_f.Net.Coordinator, _f.WerkstattId, new OverrideCell(gewerbe.Id, _f.Kreis.Id, true, false, board.Plan.Version));
        Assert.Equal("HardConstraintViolationsNeedConfirmation", unconfirmed.Error?.Code);
        Assert.Contains("Kreis K ist Kreis", unconfirmed.Error!.Message, StringComparison.Ordinal);
        board = CycleFixture.Ok(await assignment.OverrideAsync(_f.Net.Coordinator, _f.WerkstattId, new OverrideCell(gewerbe.Id, _f.Kreis.Id, true, true, board.Plan.Version)));
        Assert.NotNull(board.CellOf(gewerbe.Id, _f.Kreis.Id)!.Violations);
        Assert.NotNull(Assert.Single(board.Plan.Overrides).Violations);

        var before = CycleFixture.Ok(await _f.Get<WerkstattService>().GetAsync(_f.Net.Coordinator, _f.WerkstattId));
        Assert.Contains(before.NextPhaseBlockers, m => m.Contains("Zuteilung ist noch nicht bestätigt", StringComparison.Ordinal));
        board = CycleFixture.Ok(await assignment.ConfirmAsync(_f.Net.Coordinator, _f.WerkstattId, board.Plan.Version));
        Assert.True(board.Plan.IsConfirmed);
        var late = await _f.Get<OfferService>().DeclareCapacityAsync(_f.ManagerOfB, _f.WerkstattId, _f.Net.StadtB.Id, 2, null);
        Assert.Equal("StaffingIsOpenDuringAssignment", late.Error?.Code);
        await _f.MoveToAsync(Phase.Modelling);
    }

    [Fact]
    public async Task Once_the_assignment_is_confirmed_the_offer_is_closed_and_marks_what_the_member_got()
    {
        var processes = await _f.ToAssignmentAsync(("Wohngeld", 1, [MemberLevel.Stadt], false));
        var a = await _f.DeclareAsync(_f.Net.ManagerOfA, _f.Net.StadtA.Id, 1);
        var offers = _f.Get<OfferService>();
        var claimed = CycleFixture.Ok(await offers.ClaimAsync(_f.Net.ManagerOfA, _f.WerkstattId, _f.Net.StadtA.Id, processes[0].Id, a.Offer.Version));
        Assert.True(claimed.IsOpen);
        Assert.False(Assert.Single(claimed.Processes).AssignedToMember);
        var assignment = _f.Get<AssignmentService>();
        var board = CycleFixture.Ok(await assignment.SolveAsync(_f.Net.Coordinator, _f.WerkstattId, 0));
        CycleFixture.Ok(await assignment.ConfirmAsync(_f.Net.Coordinator, _f.WerkstattId, board.Plan.Version));

        // A has an offer: whether the plan is confirmed comes with it. B has none: the plan is read on its own.
        var ofA = CycleFixture.Ok(await offers.GetAsync(_f.Net.ManagerOfA, _f.WerkstattId, _f.Net.StadtA.Id));
        var ofB = CycleFixture.Ok(await offers.GetAsync(_f.ManagerOfB, _f.WerkstattId, _f.Net.StadtB.Id));
        Assert.Equal((true, false, true), (ofA.Confirmed, ofA.IsOpen, Assert.Single(ofA.Processes).AssignedToMember));
        Assert.Equal((true, false, false), (ofB.Confirmed, ofB.IsOpen, Assert.Single(ofB.Processes).AssignedToMember));
        var release = await offers.ReleaseAsync(_f.Net.ManagerOfA, _f.WerkstattId, _f.Net.StadtA.Id, processes[0].Id, ofA.Offer.Version);
        Assert.Equal("StaffingIsOpenDuringAssignment", release.Error?.Code);
        var claim = await offers.ClaimAsync(_f.ManagerOfB, _f.WerkstattId, _f.Net.StadtB.Id, processes[0].Id, 0);
        Assert.Equal("StaffingIsOpenDuringAssignment", claim.Error?.Code);
    }

    [Fact]
    public async Task The_claim_answer_counts_the_slots_others_hold_and_the_new_one()
    {
        var processes = await _f.ToAssignmentAsync(("Wohngeld", 2, [MemberLevel.Stadt], false));
        var a = await _f.DeclareAsync(_f.Net.ManagerOfA, _f.Net.StadtA.Id, 1);
        var b = await _f.DeclareAsync(_f.ManagerOfB, _f.Net.StadtB.Id, 1);
        var offers = _f.Get<OfferService>();
        CycleFixture.Ok(await offers.ClaimAsync(_f.Net.ManagerOfA, _f.WerkstattId, _f.Net.StadtA.Id, processes[0].Id, a.Offer.Version));

        // The answer is built from what the claim read and saved, not read again: it must still count both claims.
        var answer = CycleFixture.Ok(await _f.Get<OfferService>().ClaimAsync(_f.ManagerOfB, _f.WerkstattId, _f.Net.StadtB.Id, processes[0].Id, b.Offer.Version));
        var row = Assert.Single(answer.Processes);
        Assert.True(row.ClaimedByMember);
        Assert.Equal((2, 0), (row.Claimed, row.FreeSlots));
        Assert.Equal(b.Offer.Version + 1, answer.Offer.Version);
        var read = Assert.Single(CycleFixture.Ok(await _f.Get<OfferService>().GetAsync(_f.ManagerOfB, _f.WerkstattId, _f.Net.StadtB.Id)).Processes);
        Assert.Equal((row.Claimed, row.FreeSlots, row.ClaimedByMember), (read.Claimed, read.FreeSlots, read.ClaimedByMember));
    }

    [Fact]
    public async Task A_claim_after_the_proposal_must_be_solved_again_before_confirming()
    {
        var processes = await _f.ToAssignmentAsync(("Wohngeld", 2, [MemberLevel.Stadt], false));
        var assignment = _f.Get<AssignmentService>();
        var board = CycleFixture.Ok(await assignment.SolveAsync(_f.Net.Coordinator, _f.WerkstattId, 0));
        var a = await _f.DeclareAsync(_f.Net.ManagerOfA, _f.Net.StadtA.Id, 1);
        CycleFixture.Ok(await _f.Get<OfferService>().ClaimAsync(_f.Net.ManagerOfA, _f.WerkstattId, _f.Net.StadtA.Id, processes[0].Id, a.Offer.Version));

        var stale = await assignment.ConfirmAsync(_f.Net.Coordinator, _f.WerkstattId, board.Plan.Version);

        Assert.Equal("ConfirmationNeedsAnUpToDateProposal", stale.Error?.Code);
        Assert.Contains("Stadt A", stale.Error!.Message, StringComparison.Ordinal);
    }
}
