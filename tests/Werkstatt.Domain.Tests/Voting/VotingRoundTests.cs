using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Network;
using Werkstatt.Domain.Tests.Support;
using Werkstatt.Domain.Voting;
using Werkstatt.Domain.Voting.Events;
using Werkstatt.Domain.Voting.Rules;
using static Werkstatt.Domain.Tests.Support.RuleAssert;

namespace Werkstatt.Domain.Tests.Voting;

public class VotingRoundTests
{
    private readonly MemberId _x = MemberId.New();
    private readonly MemberId _y = MemberId.New();

    [Fact]
    public void Closing_ranks_the_open_topics_keeps_who_voted_for_what_and_raises_VotingClosed()
    {
        var a = Cycles.Topic("Anmeldung");
        var b = Cycles.Topic("Bauantrag");
        var c = Cycles.Topic("Cafészulassung");
        var topics = Cycles.Index(a, b, c);
        var ballots = new[] { Cycles.Cast(_x, topics, (a, 2), (b, 1)), Cycles.Cast(_y, topics, (b, 2), (c, 1)) };
        c.Withdraw(Phase.Voting, false, Cycles.Now, "K");
        var round = VotingRound.For(Cycles.Id);

        round.Close(Phase.Voting, topics.Values, ballots, new Dictionary<MemberId, string> { [_x] = "Stadt X", [_y] = "Stadt Y" }, Cycles.Now, "Koordination");

        Assert.True(round.IsClosed);
        Assert.Equal([("Bauantrag", 3), ("Anmeldung", 2)], round.Ranking.Select(r => (r.Title, r.Votes)));
        Assert.Equal([("Stadt X", "Anmeldung", 2), ("Stadt X", "Bauantrag", 1), ("Stadt Y", "Bauantrag", 2)], round.Votes.Select(v => (v.MemberName, v.TopicTitle, v.Dots)));
        var closed = Assert.IsType<VotingClosed>(Assert.Single(round.DomainEvents));
        Assert.Equal([b.Id, a.Id], closed.Selected);
        Assert.Equal(TopicOutcome.Selected, round.OutcomeOf(a.Id));
        Assert.Null(round.OutcomeOf(c.Id));
    }

    [Fact]
    public void The_result_is_final_and_closing_happens_only_in_the_voting_phase()
    {
        var round = VotingRound.For(Cycles.Id);
        var topics = Cycles.Index(Cycles.Topic("A"));

        AssertBrokenRule<VotingIsClosedOnlyOnceDuringTheVotingPhaseRule>(() => round.Close(Phase.TopicCollection, topics.Values, [], new Dictionary<MemberId, string>(), Cycles.Now, "K"));
        round.Close(Phase.Voting, topics.Values, [], new Dictionary<MemberId, string>(), Cycles.Now, "K");
        var again = AssertBrokenRule<VotingIsClosedOnlyOnceDuringTheVotingPhaseRule>(() => round.Close(Phase.Voting, topics.Values, [], new Dictionary<MemberId, string>(), Cycles.Now, "K"));

        Assert.Contains("bereits geschlossen", again.Message, StringComparison.Ordinal);
        AssertBrokenRule<CountsCanOnlyBeShownWhileTheVoteIsOpenRule>(() => round.ShowCounts(true));
    }

    [Fact]
    public void Settings_are_set_per_Werkstatt_before_the_vote_begins()
    {
        var round = VotingRound.For(Cycles.Id);
        Assert.Equal((3, 2, 5), (round.Settings.Budget, round.Settings.MaxPerTopic, round.Settings.Winners));

        round.ChangeSettings(new VotingSettings(5, 3, 4), Phase.TopicCollection);

        Assert.Equal(5, round.Settings.Budget);
        AssertBrokenRule<VotingSettingsChangeOnlyBeforeTheVotingBeginsRule>(() => round.ChangeSettings(VotingSettings.Default, Phase.Voting));
    }

    [Theory]
    [InlineData(0, 1, 1, "Budget")]
    [InlineData(3, 4, 1, "MaxPerTopic")]
    [InlineData(3, 0, 1, "MaxPerTopic")]
    [InlineData(3, 2, 0, "Winners")]
    public void Implausible_settings_name_their_field(int budget, int max, int winners, string field)
    {
        var violation = Assert.Throws<Werkstatt.Domain.Common.DomainRuleViolation>(() => new VotingSettings(budget, max, winners));
        Assert.Equal(field, violation.Field);
    }
}
