using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Network;
using Werkstatt.Domain.Tests.Support;
using Werkstatt.Domain.Voting;
using Werkstatt.Domain.Voting.Rules;
using static Werkstatt.Domain.Tests.Support.RuleAssert;

namespace Werkstatt.Domain.Tests.Voting;

public class TopicTests
{
    [Fact]
    public void A_process_manager_proposes_during_the_topic_collection_only()
    {
        var topic = Topic.Propose(Cycles.Id, Phase.TopicCollection, false, MemberId.New(), false, "PM A", " Hundesteuer ", "Anmeldung", "Viele Anfragen", Cycles.Now);

        Assert.Equal(("Hundesteuer", TopicStatus.Open), (topic.Title, topic.Status));
        var violation = AssertBrokenRule<TopicsAreProposedDuringTopicCollectionRule>(() =>
            Topic.Propose(Cycles.Id, Phase.Voting, false, MemberId.New(), false, "PM A", "Zu spät", "x", "y", Cycles.Now));
        Assert.Contains("nur während der Themensammlung", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_coordinator_may_still_add_a_topic_while_the_vote_is_open_but_not_after_the_close()
    {
        var added = Topic.Propose(Cycles.Id, Phase.Voting, false, null, true, "Koordination", "Nachzügler", "x", "y", Cycles.Now);

        Assert.Null(added.MemberId);
        AssertBrokenRule<TopicsAreProposedDuringTopicCollectionRule>(() =>
            Topic.Propose(Cycles.Id, Phase.Voting, true, null, true, "Koordination", "Zu spät", "x", "y", Cycles.Now));
        AssertBrokenRule<TopicsAreProposedDuringTopicCollectionRule>(() =>
            Topic.Propose(Cycles.Id, Phase.Draft, false, null, true, "Koordination", "Zu früh", "x", "y", Cycles.Now));
    }

    [Theory]
    [InlineData("", "Beschreibung", "Warum", "Title")]
    [InlineData("Titel", " ", "Warum", "Description")]
    [InlineData("Titel", "Beschreibung", "", "WhyNow")]
    public void Title_description_and_why_now_are_required(string title, string description, string whyNow, string field)
    {
        var violation = AssertBrokenRule("FieldIsRequired", () => Topic.Propose(Cycles.Id, Phase.TopicCollection, false, null, true, "K", title, description, whyNow, Cycles.Now));
        Assert.Equal(field, violation.Field);
    }

    [Fact]
    public void Merging_points_to_the_target_and_happens_once()
    {
        var a = Cycles.Topic("Kita-Anmeldung");
        var b = Cycles.Topic("Kita-Platzvergabe");

        a.MergeInto(b, Phase.Voting, false, Cycles.Now, "Koordination");

        Assert.Equal((TopicStatus.Merged, b.Id), (a.Status, a.MergedInto));
        AssertBrokenRule<OnlyOpenTopicsCanBeMergedOrWithdrawnRule>(() => a.Withdraw(Phase.Voting, false, Cycles.Now, "K"));
        AssertBrokenRule<TopicsMergeIntoAnotherOpenTopicOfTheSameWerkstattRule>(() => b.MergeInto(b, Phase.Voting, false, Cycles.Now, "K"));
        AssertBrokenRule<TopicsMergeIntoAnotherOpenTopicOfTheSameWerkstattRule>(() => b.MergeInto(a, Phase.Voting, false, Cycles.Now, "K"));
        AssertBrokenRule<TopicsMergeIntoAnotherOpenTopicOfTheSameWerkstattRule>(() => b.MergeInto(Cycles.Topic("Fremd", WerkstattId.New()), Phase.Voting, false, Cycles.Now, "K"));
    }

    [Fact]
    public void After_the_close_topics_are_neither_merged_nor_withdrawn()
    {
        var a = Cycles.Topic("A");
        var b = Cycles.Topic("B");

        AssertBrokenRule<TopicsCannotChangeAfterTheVotingClosedRule>(() => a.Withdraw(Phase.Voting, true, Cycles.Now, "K"));
        AssertBrokenRule<TopicsCannotChangeAfterTheVotingClosedRule>(() => a.MergeInto(b, Phase.ProcessSelection, false, Cycles.Now, "K"));
        Assert.Equal(TopicStatus.Open, a.Status);
    }
}
