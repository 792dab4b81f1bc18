using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Network;
using Werkstatt.Domain.Processes;
using Werkstatt.Domain.Staffing;
using Werkstatt.Domain.Voting;
using ProcessAggregate = Werkstatt.Domain.Processes.Process;
using TopicAggregate = Werkstatt.Domain.Voting.Topic;

namespace Werkstatt.Domain.Tests.Support;

/// <summary>Topics, ballots, processes and offers of one Werkstatt for the voting and assignment tests.</summary>
public static class Cycles
{
    public static readonly WerkstattId Id = WerkstattId.New();

    public static readonly DateTimeOffset Now = Utc.At("2026-12-01T09:00Z");

    public static TopicAggregate Topic(string title, WerkstattId? werkstatt = null) =>
        TopicAggregate.Propose(werkstatt ?? Id, Phase.TopicCollection, false, MemberId.New(), false, "PM", title, "Beschreibung", "Warum jetzt", Now);

    public static Dictionary<TopicId, Topic> Index(params Topic[] topics) => topics.ToDictionary(t => t.Id);

    public static Dictionary<TopicId, int> Dots(params (Topic Topic, int Dots)[] dots) => dots.ToDictionary(d => d.Topic.Id, d => d.Dots);

    /// <summary>A ballot already cast in the voting phase.</summary>
    public static Ballot Cast(MemberId member, Dictionary<TopicId, Topic> topics, params (Topic Topic, int Dots)[] dots)
    {
        var ballot = Ballot.For(Id, member);
        ballot.Cast(member, Dots(dots), Phase.Voting, VotingSettings.Default, false, topics, Now, "PM");
        return ballot;
    }

    /// <summary>A process derived from a selected topic.</summary>
    public static ProcessAggregate Process(string name, int modellers, MemberLevel[] levels, bool crosses = false)
    {
        var topic = Topic("Thema " + name);
        return ProcessAggregate.Derive(Id, Phase.ProcessSelection, topic, TopicOutcome.Selected, name, null, modellers, levels, crosses, Now);
    }

    public static MemberOffer Offer(MemberId member, int capacity)
    {
        var offer = MemberOffer.For(Id, member);
        offer.DeclareCapacity(capacity, Phase.Assignment, false, Now);
        return offer;
    }
}
