using Werkstatt.Domain.Common;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Network;
using Werkstatt.Domain.Voting.Events;
using Werkstatt.Domain.Voting.Rules;

namespace Werkstatt.Domain.Voting;

/// <summary>The vote of one Werkstatt: its settings, whether counts are shown before the close, and the immutable result.</summary>
public sealed class VotingRound : AggregateRoot
{
    public const int ByMaxLength = 200;

    private readonly List<RankedTopic> _ranking = [];
    private readonly List<ResultVote> _votes = [];

    private VotingRound()
    {
        Settings = VotingSettings.Default;
    }

    public WerkstattId WerkstattId { get; private set; }

    public VotingSettings Settings { get; private set; }

    /// <summary>The coordinator may show the running counts before the close; hidden by default.</summary>
    public bool CountsVisible { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public string? ClosedBy { get; private set; }

    public bool IsClosed => ClosedAt is not null;

    /// <summary>The ranked topics, best first; empty until the close.</summary>
    public IReadOnlyList<RankedTopic> Ranking => _ranking;

    /// <summary>Who voted for what at the close.</summary>
    public IReadOnlyList<ResultVote> Votes => _votes;

    public static VotingRound For(WerkstattId werkstattId) => new() { WerkstattId = werkstattId, Settings = VotingSettings.Default };

    public void ChangeSettings(VotingSettings settings, Phase phase)
    {
        ArgumentNullException.ThrowIfNull(settings);
        CheckRule(new VotingSettingsChangeOnlyBeforeTheVotingBeginsRule(phase));
        Settings = settings;
    }

    public void ShowCounts(bool visible)
    {
        CheckRule(new CountsCanOnlyBeShownWhileTheVoteIsOpenRule(IsClosed));
        CountsVisible = visible;
    }

    /// <summary>Closes the vote: ranks the open topics by the dots of all ballots and keeps who voted for what. Happens once.</summary>
    public void Close(
        Phase phase, IReadOnlyCollection<Topic> topics, IReadOnlyCollection<Ballot> ballots, IReadOnlyDictionary<MemberId, string> memberNames,
        DateTimeOffset now, string by)
    {
        ArgumentNullException.ThrowIfNull(topics);
        ArgumentNullException.ThrowIfNull(ballots);
        ArgumentNullException.ThrowIfNull(memberNames);
        CheckRule(new VotingIsClosedOnlyOnceDuringTheVotingPhaseRule(phase, IsClosed));
        var open = topics.Where(t => t.WerkstattId == WerkstattId && t.Status == TopicStatus.Open).ToDictionary(t => t.Id);
        var counted = ballots.Where(b => b.WerkstattId == WerkstattId).SelectMany(b => b.Dots.Select(d => (Ballot: b, Dot: d))).Where(x => open.ContainsKey(x.Dot.TopicId)).ToList();
        var ranking = Voting.Ranking.Rank(open.Values.Select(t => (t.Id, t.Title, counted.Where(x => x.Dot.TopicId == t.Id).Sum(x => x.Dot.Dots))), Settings.Winners);
        _ranking.Clear();
        _ranking.AddRange(ranking);
        _votes.Clear();
        _votes.AddRange(counted
            .Select(x => new ResultVote(x.Ballot.MemberId, memberNames.GetValueOrDefault(x.Ballot.MemberId, "Unbekannte Verwaltung"), x.Dot.TopicId, open[x.Dot.TopicId].Title, x.Dot.Dots))
            .OrderBy(v => v.MemberName, StringComparer.CurrentCulture)
            .ThenBy(v => v.TopicTitle, StringComparer.CurrentCulture));
        ClosedAt = now;
        ClosedBy = Text.Required(by, ByMaxLength, nameof(ClosedBy), "Der Name");
        Raise(new VotingClosed(
            WerkstattId,
            ranking.Where(r => r.Outcome == TopicOutcome.Selected).Select(r => r.TopicId).ToList(),
            ranking.Where(r => r.Outcome == TopicOutcome.TiedAtCut).Select(r => r.TopicId).ToList(),
            now));
    }

    /// <summary>The outcome of a topic in the closed result; null before the close or for a topic not on the ballot.</summary>
    public TopicOutcome? OutcomeOf(TopicId topic) => _ranking.FirstOrDefault(r => r.TopicId == topic)?.Outcome;
}
