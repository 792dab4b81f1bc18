using Werkstatt.Domain.Assignment;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Network;
using Werkstatt.Domain.Voting;
using Werkstatt.Service.Common;
using Werkstatt.Service.Processes;
using Werkstatt.Service.Staffing;
using Werkstatt.Service.Tests.Networks;
using Werkstatt.Service.Voting;

namespace Werkstatt.Service.Tests.Voting;

/// <summary>A process manager of Stadt A can never vote, bid, claim or declare capacity for Stadt B, nor do the coordinator's part.</summary>
public sealed class VotingAuthorizationTests : IAsyncLifetime
{
    private CycleFixture _f = null!;

    public async ValueTask InitializeAsync() => _f = await CycleFixture.CreateAsync();

    public async ValueTask DisposeAsync() => await _f.DisposeAsync();

    [Fact]
    public async Task Process_manager_of_A_cannot_see_or_cast_the_ballot_of_B()
    {
        await _f.MoveToAsync(Phase.TopicCollection);
        var topic = await _f.ProposeAsync("Hundesteuer");
        await _f.MoveToAsync(Phase.Voting);
        var voting = _f.Get<VotingService>();

        var see = await voting.GetBallotAsync(_f.Net.ManagerOfA, _f.WerkstattId, _f.Net.StadtB.Id);
        var cast = await voting.CastAsync(_f.Net.ManagerOfA, _f.WerkstattId, _f.Net.StadtB.Id, new CastBallot(new Dictionary<TopicId, int> { [topic.Id] = 1 }, 0));
        var byCoordinator = await voting.CastAsync(_f.Net.Coordinator, _f.WerkstattId, _f.Net.StadtB.Id, new CastBallot(new Dictionary<TopicId, int> { [topic.Id] = 1 }, 0));

        Assert.Equal(ErrorKind.Forbidden, see.Error?.Kind);
        Assert.Equal(ErrorKind.Forbidden, cast.Error?.Kind);
        Assert.Equal("Sie können nur für Ihre eigene Verwaltung abstimmen.", cast.Error!.Message);
        Assert.Equal(ErrorKind.Forbidden, byCoordinator.Error?.Kind);
        Assert.Equal(0, CycleFixture.Ok(await voting.GetAsync(_f.Net.Coordinator, _f.WerkstattId)).Voted);
    }

    [Fact]
    public async Task The_ballot_of_a_member_the_network_does_not_have_is_not_found_and_nothing_is_saved()
    {
        await _f.MoveToAsync(Phase.TopicCollection);
        var topic = await _f.ProposeAsync("Hundesteuer");
        await _f.MoveToAsync(Phase.Voting);
        var unknown = new MemberId(Guid.NewGuid());
        var manager = new Actor("x", "PM X", _f.Net.Network.Id, unknown, new HashSet<Role> { Role.ProcessManager });

        var see = await _f.Get<VotingService>().GetBallotAsync(manager, _f.WerkstattId, unknown);
        var cast = await _f.Get<VotingService>().CastAsync(manager, _f.WerkstattId, unknown, new CastBallot(new Dictionary<TopicId, int> { [topic.Id] = 1 }, 0));
        var page = CycleFixture.Ok(await _f.Get<VotingService>().GetPageAsync(manager, _f.WerkstattId));

        Assert.Equal((ErrorKind.NotFound, "Die Verwaltung wurde nicht gefunden."), (see.Error?.Kind, see.Error?.Message));
        Assert.Equal(ErrorKind.NotFound, cast.Error?.Kind);
        Assert.Null(page.Ballot);
        Assert.Equal(unknown, page.Voting.OwnMember);
        Assert.Equal(0, CycleFixture.Ok(await _f.Get<VotingService>().GetAsync(_f.Net.Coordinator, _f.WerkstattId)).Voted);
    }

    [Fact]
    public async Task Process_manager_of_A_cannot_declare_capacity_bid_or_claim_for_B()
    {
        var processes = await _f.ToAssignmentAsync(("Anmeldung", 2, [MemberLevel.Stadt], false));
        var offers = _f.Get<OfferService>();
        var process = processes[0].Id;

        var capacity = await offers.DeclareCapacityAsync(_f.Net.ManagerOfA, _f.WerkstattId, _f.Net.StadtB.Id, 3, 0);
        var bids = await offers.SetBidsAsync(_f.Net.ManagerOfA, _f.WerkstattId, _f.Net.StadtB.Id, new Dictionary<Werkstatt.Domain.Processes.ProcessId, Bid> { [process] = Bid.Want }, 0);
        var claim = await offers.ClaimAsync(_f.Net.ManagerOfA, _f.WerkstattId, _f.Net.StadtB.Id, process, 0);
        var read = await offers.GetAsync(_f.Net.ManagerOfA, _f.WerkstattId, _f.Net.StadtB.Id);
        var expert = await offers.DeclareCapacityAsync(_f.Net.ExpertOfA, _f.WerkstattId, _f.Net.StadtA.Id, 3, 0);

        Assert.All(new Error?[] { capacity.Error, bids.Error, claim.Error, read.Error, expert.Error }, e => Assert.Equal(ErrorKind.Forbidden, e?.Kind));
        var stored = CycleFixture.Ok(await offers.GetAsync(_f.Net.Coordinator, _f.WerkstattId, _f.Net.StadtB.Id));
        Assert.Equal((0, 0, 0), (stored.Offer.Capacity, stored.Offer.Bids.Count, stored.Offer.Claims.Count));
    }

    [Fact]
    public async Task Process_managers_do_not_do_the_coordinators_part()
    {
        await _f.MoveToAsync(Phase.TopicCollection);
        var topic = await _f.ProposeAsync("Wohngeld");
        var other = await _f.ProposeAsync("Elterngeld");
        var pm = _f.Net.ManagerOfA;

        Assert.Equal(ErrorKind.Forbidden, (await _f.Get<TopicService>().MergeAsync(pm, topic.Id, other.Id, topic.Version)).Error?.Kind);
        Assert.Equal(ErrorKind.Forbidden, (await _f.Get<TopicService>().WithdrawAsync(pm, topic.Id, topic.Version)).Error?.Kind);
        Assert.Equal(ErrorKind.Forbidden, (await _f.Get<VotingService>().CloseAsync(pm, _f.WerkstattId, 0)).Error?.Kind);
        Assert.Equal(ErrorKind.Forbidden, (await _f.Get<VotingService>().ShowCountsAsync(pm, _f.WerkstattId, true, 0)).Error?.Kind);
        Assert.Equal(ErrorKind.Forbidden, (await _f.Get<VotingService>().ChangeSettingsAsync(pm, _f.WerkstattId, new VotingSettingsInput(5, 2, 3, 0))).Error?.Kind);
        Assert.Equal(ErrorKind.Forbidden, (await _f.Get<ProcessService>().DeriveAsync(pm, _f.WerkstattId, new ProcessInput(topic.Id, "X", null, 1, [MemberLevel.Stadt], false))).Error?.Kind);
        Assert.Equal(ErrorKind.Forbidden, (await _f.Get<AssignmentService>().BoardAsync(pm, _f.WerkstattId)).Error?.Kind);
        Assert.Equal(ErrorKind.Forbidden, (await _f.Get<AssignmentService>().SolveAsync(pm, _f.WerkstattId, 0)).Error?.Kind);
        Assert.Equal(ErrorKind.Forbidden, (await _f.Get<AssignmentService>().ConfirmAsync(pm, _f.WerkstattId, 0)).Error?.Kind);
        Assert.Equal(ErrorKind.Forbidden, (await _f.Get<AssignmentService>().OverrideAsync(pm, _f.WerkstattId, new OverrideCell(new(Guid.NewGuid()), _f.Net.StadtA.Id, true, true, 0))).Error?.Kind);
    }

    [Fact]
    public async Task Topics_are_proposed_for_the_own_member_only_and_outsiders_see_nothing()
    {
        await _f.MoveToAsync(Phase.TopicCollection);
        var topics = _f.Get<TopicService>();

        var forB = await topics.ProposeAsync(_f.Net.ManagerOfA, _f.WerkstattId, new ProposeTopic("Fremd", "x", "y", _f.Net.StadtB.Id));
        var byExpert = await topics.ProposeAsync(_f.Net.ExpertOfA, _f.WerkstattId, new ProposeTopic("Fach", "x", "y"));
        var own = await topics.ProposeAsync(_f.Net.ManagerOfA, _f.WerkstattId, new ProposeTopic("Eigen", "x", "y"));
        var outsider = await topics.ListAsync(NetworkFixture.Outsider, _f.WerkstattId);

        Assert.Equal(ErrorKind.Forbidden, forB.Error?.Kind);
        Assert.Equal(ErrorKind.Forbidden, byExpert.Error?.Kind);
        Assert.Equal(_f.Net.StadtA.Id, CycleFixture.Ok(own).MemberId);
        Assert.Equal(ErrorKind.Forbidden, outsider.Error?.Kind);
    }
}
