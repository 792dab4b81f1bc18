namespace Werkstatt.Domain.Voting;

/// <summary>
/// Ranks topics by votes. The first <c>winners</c> topics with votes are selected; when topics with equal votes
/// straddle the cut, all of them are marked <see cref="TopicOutcome.TiedAtCut"/> for the coordinator to decide –
/// a tie is never broken silently. Topics without votes are never selected.
/// </summary>
public static class Ranking
{
    public static IReadOnlyList<RankedTopic> Rank(IEnumerable<(TopicId Topic, string Title, int Votes)> topics, int winners)
    {
        ArgumentNullException.ThrowIfNull(topics);
        ArgumentOutOfRangeException.ThrowIfLessThan(winners, 1);

        // Title and id only order equal votes for display; equal votes always share rank and outcome.
        var ordered = topics
            .OrderByDescending(t => t.Votes)
            .ThenBy(t => t.Title, StringComparer.CurrentCultureIgnoreCase)
            .ThenBy(t => t.Topic.Value)
            .ToList();
        var withVotes = ordered.Where(t => t.Votes > 0).ToList();
        var threshold = withVotes.Count > winners ? withVotes[winners - 1].Votes : 1;
        var atOrAbove = withVotes.Count(t => t.Votes >= threshold);
        var tie = atOrAbove > winners;

        return ordered.Select((t, i) =>
        {
            var rank = 1 + ordered.Count(o => o.Votes > t.Votes);
            var outcome = t.Votes == 0 || t.Votes < threshold ? TopicOutcome.NotSelected
                : tie && t.Votes == threshold ? TopicOutcome.TiedAtCut
                : TopicOutcome.Selected;
            return new RankedTopic(i + 1, t.Topic, t.Title, t.Votes, rank, outcome);
        }).ToList();
    }
}
