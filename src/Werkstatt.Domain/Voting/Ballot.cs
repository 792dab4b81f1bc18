using Werkstatt.Domain.Common;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Network;
using Werkstatt.Domain.Voting.Rules;

namespace Werkstatt.Domain.Voting;

/// <summary>The one ballot of a member in a Werkstatt's vote: dots per topic. Any of the member's process managers may change it until the close.</summary>
public sealed class Ballot : AggregateRoot
{
    private readonly List<BallotDot> _dots = [];

    private Ballot()
    {
    }

    public WerkstattId WerkstattId { get; private set; }

    public MemberId MemberId { get; private set; }

    public IReadOnlyList<BallotDot> Dots => _dots;

    public DateTimeOffset? CastAt { get; private set; }

    public string? CastBy { get; private set; }

    public int DotsUsed => _dots.Sum(d => d.Dots);

    /// <summary>A member has voted once its ballot carries at least one dot.</summary>
    public bool HasVoted => _dots.Count > 0;

    public static Ballot For(WerkstattId werkstattId, MemberId memberId) => new() { WerkstattId = werkstattId, MemberId = memberId };

    public int DotsOn(TopicId topic) => _dots.FirstOrDefault(d => d.TopicId == topic)?.Dots ?? 0;

    public int DotsLeft(VotingSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return Math.Max(0, settings.Budget - DotsUsed);
    }

    /// <summary>Replaces the whole ballot with <paramref name="dots"/> (topics without dots may be left out or given 0).</summary>
    public void Cast(
        MemberId? castBy, IReadOnlyDictionary<TopicId, int> dots, Phase phase, VotingSettings settings, bool votingClosed,
        IReadOnlyDictionary<TopicId, Topic> topics, DateTimeOffset now, string by)
    {
        ArgumentNullException.ThrowIfNull(dots);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(topics);
        CheckRule(new MembersCastOnlyTheirOwnBallotRule(MemberId, castBy));
        CheckRule(new VotesAreCastDuringTheVotingPhaseRule(phase));
        CheckRule(new VotesCannotChangeAfterTheCloseRule(phase, votingClosed));
        if (dots.Values.Any(d => d < 0))
        {
            throw new DomainRuleViolation("DotsMustNotBeNegative", "Punkte können nicht negativ sein.", nameof(Dots));
        }

        var given = dots.Where(d => d.Value > 0).ToList();
        foreach (var (topicId, count) in given)
        {
            var topic = topics.GetValueOrDefault(topicId);
            CheckRule(new OnlyOpenTopicsReceiveVotesRule(topic is not null && topic.WerkstattId == WerkstattId ? topic : null));
            CheckRule(new DotsPerTopicMustNotExceedTheLimitRule(topic!.Title, count, settings.MaxPerTopic));
        }

        CheckRule(new DotsMustNotExceedTheBudgetRule(given.Sum(d => d.Value), settings.Budget));
        _dots.Clear();
        _dots.AddRange(given.OrderBy(d => d.Key.Value).Select(d => new BallotDot(d.Key, d.Value)));
        CastAt = now;
        CastBy = by;
    }

    /// <summary>A withdrawn topic gives its dots back; returns how many.</summary>
    public int Release(TopicId topic)
    {
        var released = DotsOn(topic);
        _dots.RemoveAll(d => d.TopicId == topic);
        return released;
    }

    /// <summary>A merged topic's dots follow it into the target, up to the limit per topic; the rest go back to the member.</summary>
    public int MoveDots(TopicId from, TopicId to, int maxPerTopic)
    {
        var moving = Release(from);
        if (moving == 0)
        {
            return 0;
        }

        var before = Release(to);
        var after = Math.Min(maxPerTopic, before + moving);
        _dots.Add(new BallotDot(to, after));
        return before + moving - after;
    }
}
