using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Network;
using Werkstatt.Domain.Tests.Support;
using Werkstatt.Domain.Voting;
using Werkstatt.Domain.Voting.Rules;
using static Werkstatt.Domain.Tests.Support.RuleAssert;

namespace Werkstatt.Domain.Tests.Voting;

public class BallotTests
{
    private static readonly MemberId Member = MemberId.New();
    private readonly Topic _a = Cycles.Topic("Meldebescheinigung");
    private readonly Topic _b = Cycles.Topic("Gewerbeanmeldung");

    [Fact]
    public void Casting_replaces_the_ballot_and_counts_the_dots_left()
    {
        var ballot = Cycles.Cast(Member, Cycles.Index(_a, _b), (_a, 2));

        ballot.Cast(Member, Cycles.Dots((_a, 1), (_b, 1)), Phase.Voting, VotingSettings.Default, false, Cycles.Index(_a, _b), Cycles.Now, "PM");

        Assert.Equal((1, 1, 1), (ballot.DotsOn(_a.Id), ballot.DotsOn(_b.Id), ballot.DotsLeft(VotingSettings.Default)));
        Assert.True(ballot.HasVoted);
    }

    public static TheoryData<string, Phase, bool, int, int> Refusals() => new()
    {
        { nameof(VotesAreCastDuringTheVotingPhaseRule), Phase.TopicCollection, false, 1, 0 },
        { nameof(VotesCannotChangeAfterTheCloseRule), Phase.Voting, true, 1, 0 },
        { nameof(VotesCannotChangeAfterTheCloseRule), Phase.ProcessSelection, false, 1, 0 },
        { nameof(DotsPerTopicMustNotExceedTheLimitRule), Phase.Voting, false, 3, 0 },
        { nameof(DotsMustNotExceedTheBudgetRule), Phase.Voting, false, 2, 2 },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public void Refused_ballots_name_their_rule_and_change_nothing(string rule, Phase phase, bool closed, int onA, int onB)
    {
        var ballot = Cycles.Cast(Member, Cycles.Index(_a, _b), (_b, 1));

        var violation = AssertBrokenRule(rule[..^4], () =>
            ballot.Cast(Member, Cycles.Dots((_a, onA), (_b, onB)), phase, VotingSettings.Default, closed, Cycles.Index(_a, _b), Cycles.Now, "PM"));

        Assert.Equal(1, ballot.DotsOn(_b.Id));
        Assert.Equal(0, ballot.DotsOn(_a.Id));
        Assert.DoesNotContain("Exception", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Beyond_the_budget_the_message_names_the_budget()
    {
        var settings = new VotingSettings(4, 2, 5);
        var c = Cycles.Topic("Sperrmüll");

        var violation = AssertBrokenRule<DotsMustNotExceedTheBudgetRule>(() =>
            Ballot.For(Cycles.Id, Member).Cast(Member, Cycles.Dots((_a, 2), (_b, 2), (c, 1)), Phase.Voting, settings, false, Cycles.Index(_a, _b, c), Cycles.Now, "PM"));

        Assert.Equal("Sie haben 5 Punkte verteilt, Ihre Verwaltung hat aber nur 4. Bitte höchstens 4 Punkte vergeben.", violation.Message);
    }

    [Fact]
    public void Another_members_ballot_is_refused()
    {
        var violation = AssertBrokenRule<MembersCastOnlyTheirOwnBallotRule>(() =>
            Ballot.For(Cycles.Id, Member).Cast(MemberId.New(), Cycles.Dots((_a, 1)), Phase.Voting, VotingSettings.Default, false, Cycles.Index(_a), Cycles.Now, "PM"));

        Assert.Equal("Sie können nur für Ihre eigene Verwaltung abstimmen.", violation.Message);
        AssertBrokenRule<MembersCastOnlyTheirOwnBallotRule>(() =>
            Ballot.For(Cycles.Id, Member).Cast(null, Cycles.Dots((_a, 1)), Phase.Voting, VotingSettings.Default, false, Cycles.Index(_a), Cycles.Now, "Koordination"));
    }

    [Fact]
    public void Withdrawn_merged_and_foreign_topics_get_no_votes()
    {
        var withdrawn = Cycles.Topic("Zurückgezogen");
        withdrawn.Withdraw(Phase.Voting, false, Cycles.Now, "K");
        var merged = Cycles.Topic("Zusammengeführt");
        merged.MergeInto(_a, Phase.Voting, false, Cycles.Now, "K");
        var foreign = Cycles.Topic("Fremd", WerkstattId.New());
        var topics = Cycles.Index(_a, withdrawn, merged, foreign);

        foreach (var topic in new[] { withdrawn, merged, foreign })
        {
            var violation = AssertBrokenRule<OnlyOpenTopicsReceiveVotesRule>(() =>
                Ballot.For(Cycles.Id, Member).Cast(Member, Cycles.Dots((topic, 1)), Phase.Voting, VotingSettings.Default, false, topics, Cycles.Now, "PM"));
            Assert.NotEmpty(violation.Message);
        }

        AssertBrokenRule<OnlyOpenTopicsReceiveVotesRule>(() =>
            Ballot.For(Cycles.Id, Member).Cast(Member, new Dictionary<TopicId, int> { [TopicId.New()] = 1 }, Phase.Voting, VotingSettings.Default, false, topics, Cycles.Now, "PM"));
    }

    [Fact]
    public void Negative_dots_are_a_field_error()
    {
        var violation = AssertBrokenRule("DotsMustNotBeNegative", () =>
            Ballot.For(Cycles.Id, Member).Cast(Member, Cycles.Dots((_a, -1)), Phase.Voting, VotingSettings.Default, false, Cycles.Index(_a), Cycles.Now, "PM"));
        Assert.Equal("Dots", violation.Field);
    }

    [Fact]
    public void Dots_of_a_merged_topic_move_up_to_the_limit_and_the_rest_go_back()
    {
        var ballot = Cycles.Cast(Member, Cycles.Index(_a, _b), (_a, 2), (_b, 1));

        var released = ballot.MoveDots(_a.Id, _b.Id, maxPerTopic: 2);

        Assert.Equal((1, 0, 2), (released, ballot.DotsOn(_a.Id), ballot.DotsOn(_b.Id)));
        Assert.Equal(2, ballot.Release(_b.Id));
        Assert.False(ballot.HasVoted);
    }
}
