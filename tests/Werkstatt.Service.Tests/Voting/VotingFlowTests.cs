using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Voting;
using Werkstatt.Service.Common;
using Werkstatt.Service.Voting;
using Werkstatt.Service.Werkstaetten;

namespace Werkstatt.Service.Tests.Voting;

public sealed class VotingFlowTests : IAsyncLifetime
{
    private CycleFixture _f = null!;

    public async ValueTask InitializeAsync() => _f = await CycleFixture.CreateAsync();

    public async ValueTask DisposeAsync() => await _f.DisposeAsync();

    [Fact]
    public async Task Counts_stay_hidden_until_the_coordinator_shows_them_and_only_the_coordinator_sees_who_has_not_voted()
    {
        await _f.MoveToAsync(Phase.TopicCollection);
        var topic = await _f.ProposeAsync("Bewohnerparken");
        await _f.MoveToAsync(Phase.Voting);
        await _f.CastAsync(_f.Net.ManagerOfA, _f.Net.StadtA.Id, (topic, 2));
        var voting = _f.Get<VotingService>();

        var hidden = CycleFixture.Ok(await voting.GetAsync(_f.Net.ManagerOfA, _f.WerkstattId));
        var coordinator = CycleFixture.Ok(await voting.GetAsync(_f.Net.Coordinator, _f.WerkstattId));
        CycleFixture.Ok(await voting.ShowCountsAsync(_f.Net.Coordinator, _f.WerkstattId, true, coordinator.Round.Version));
        var shown = CycleFixture.Ok(await voting.GetAsync(_f.Net.ManagerOfA, _f.WerkstattId));

        Assert.Null(hidden.Counts);
        Assert.Null(hidden.NotVoted);
        Assert.Null(coordinator.Counts);
        Assert.Equal(["Stadt B", "Kreis K"], coordinator.NotVoted!.Select(m => m.Name).Order(StringComparer.Ordinal).Reverse());
        Assert.Equal(2, shown.Counts![topic.Id]);
    }

    [Fact]
    public async Task Merging_moves_the_dots_up_to_the_limit_and_withdrawing_gives_them_back()
    {
        await _f.MoveToAsync(Phase.TopicCollection);
        var a = await _f.ProposeAsync("Kita-Anmeldung");
        var b = await _f.ProposeAsync("Kita-Platzvergabe");
        var c = await _f.ProposeAsync("Sperrmüll");
        await _f.MoveToAsync(Phase.Voting);
        await _f.CastAsync(_f.Net.ManagerOfA, _f.Net.StadtA.Id, (a, 2), (b, 1));
        var topics = _f.Get<TopicService>();

        CycleFixture.Ok(await topics.MergeAsync(_f.Net.Coordinator, a.Id, b.Id, a.Version));
        var afterMerge = CycleFixture.Ok(await _f.Get<VotingService>().GetBallotAsync(_f.Net.ManagerOfA, _f.WerkstattId, _f.Net.StadtA.Id));
        await _f.CastAsync(_f.Net.ManagerOfA, _f.Net.StadtA.Id, (b, 2), (c, 1));
        CycleFixture.Ok(await topics.WithdrawAsync(_f.Net.Coordinator, c.Id, c.Version));
        var afterWithdraw = CycleFixture.Ok(await _f.Get<VotingService>().GetBallotAsync(_f.Net.ManagerOfA, _f.WerkstattId, _f.Net.StadtA.Id));
        var refused = await _f.Get<VotingService>().CastAsync(_f.Net.ManagerOfA, _f.WerkstattId, _f.Net.StadtA.Id, new CastBallot(new Dictionary<TopicId, int> { [c.Id] = 1 }, afterWithdraw.Ballot.Version));

        Assert.Equal(2, afterMerge.Ballot.DotsOn(b.Id));
        Assert.Equal(1, afterMerge.DotsLeft);
        Assert.Equal([b.Title], afterMerge.Topics.Where(t => t.Id != c.Id).Select(t => t.Title));
        Assert.Equal(1, afterWithdraw.DotsLeft);
        Assert.Equal(0, afterWithdraw.Ballot.DotsOn(c.Id));
        Assert.Equal("OnlyOpenTopicsReceiveVotes", refused.Error?.Code);
    }

    [Fact]
    public async Task Closing_ranks_reports_a_tie_at_the_cut_and_freezes_the_result()
    {
        // One service (and context) per call, as in one request each.
        VotingService Voting() => _f.Get<VotingService>();
        CycleFixture.Ok(await Voting().ChangeSettingsAsync(_f.Net.Coordinator, _f.WerkstattId, new VotingSettingsInput(3, 2, 1, 0)));
        await _f.MoveToAsync(Phase.TopicCollection);
        var a = await _f.ProposeAsync("Hundesteuer");
        var b = await _f.ProposeAsync("Gewerbeanmeldung");
        await _f.MoveToAsync(Phase.Voting);
        var blocked = CycleFixture.Ok(await _f.Get<WerkstattService>().GetAsync(_f.Net.Coordinator, _f.WerkstattId));
        await _f.CastAsync(_f.Net.ManagerOfA, _f.Net.StadtA.Id, (a, 2));
        await _f.CastAsync(_f.ManagerOfB, _f.Net.StadtB.Id, (b, 2));

        var round = await _f.CloseAsync();
        var again = await Voting().CloseAsync(_f.Net.Coordinator, _f.WerkstattId, round.Version);
        var late = await Voting().CastAsync(_f.ManagerOfKreis, _f.WerkstattId, _f.Kreis.Id, new CastBallot(new Dictionary<TopicId, int> { [a.Id] = 1 }, 0));
        var result = CycleFixture.Ok(await Voting().ResultAsync(_f.Net.ManagerOfA, _f.WerkstattId));

        Assert.Contains(blocked.NextPhaseBlockers, m => m.Contains("Abstimmung ist noch nicht geschlossen", StringComparison.Ordinal));
        Assert.All(result.Ranking, r => Assert.Equal((1, 2, TopicOutcome.TiedAtCut), (r.Rank, r.Votes, r.Outcome)));
        Assert.Equal(["Stadt A", "Stadt B"], result.Votes.Select(v => v.MemberName));
        Assert.Equal("VotingIsClosedOnlyOnceDuringTheVotingPhase", again.Error?.Code);
        Assert.Equal("VotesCannotChangeAfterTheClose", late.Error?.Code);
        Assert.Empty(CycleFixture.Ok(await _f.Get<WerkstattService>().GetAsync(_f.Net.Coordinator, _f.WerkstattId)).NextPhaseBlockers);
    }

    [Fact]
    public async Task Ballot_beyond_the_budget_is_refused_with_a_german_message()
    {
        await _f.MoveToAsync(Phase.TopicCollection);
        var a = await _f.ProposeAsync("Anwohnerparken");
        var b = await _f.ProposeAsync("Sondernutzung");
        await _f.MoveToAsync(Phase.Voting);

        var refused = await _f.Get<VotingService>().CastAsync(_f.Net.ManagerOfA, _f.WerkstattId, _f.Net.StadtA.Id, new CastBallot(new Dictionary<TopicId, int> { [a.Id] = 2, [b.Id] = 2 }, 0));

        Assert.Equal(ErrorKind.Rule, refused.Error?.Kind);
        Assert.Equal("DotsMustNotExceedTheBudget", refused.Error!.Code);
        Assert.Contains("nur 3", refused.Error.Message, StringComparison.Ordinal);
    }
}
