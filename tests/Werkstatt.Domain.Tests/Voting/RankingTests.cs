using Werkstatt.Domain.Voting;

namespace Werkstatt.Domain.Tests.Voting;

public class RankingTests
{
    private static IReadOnlyList<RankedTopic> Rank(int winners, params (string Title, int Votes)[] topics) =>
        Ranking.Rank(topics.Select(t => (TopicId.New(), t.Title, t.Votes)), winners);

    private static string Show(IReadOnlyList<RankedTopic> ranking) =>
        string.Join(" | ", ranking.Select(r => $"{r.Rank}. {r.Title} {r.Votes} {r.Outcome}"));

    [Fact]
    public void Topics_are_ranked_by_votes_and_the_first_ones_selected()
    {
        var ranking = Rank(2, ("C", 1), ("A", 5), ("B", 3));

        Assert.Equal("1. A 5 Selected | 2. B 3 Selected | 3. C 1 NotSelected", Show(ranking));
    }

    [Fact]
    public void A_tie_at_the_cut_is_reported_as_a_tie_never_broken()
    {
        var ranking = Rank(2, ("A", 5), ("B", 3), ("C", 3), ("D", 1));

        Assert.Equal("1. A 5 Selected | 2. B 3 TiedAtCut | 2. C 3 TiedAtCut | 4. D 1 NotSelected", Show(ranking));
    }

    [Fact]
    public void A_tie_above_the_cut_is_no_tie_at_the_cut()
    {
        var ranking = Rank(3, ("A", 4), ("B", 4), ("C", 2), ("D", 1));

        Assert.Equal("1. A 4 Selected | 1. B 4 Selected | 3. C 2 Selected | 4. D 1 NotSelected", Show(ranking));
    }

    [Fact]
    public void A_tie_that_fills_the_cut_exactly_is_selected()
    {
        var ranking = Rank(3, ("A", 4), ("B", 2), ("C", 2), ("D", 1));

        Assert.All(ranking.Take(3), r => Assert.Equal(TopicOutcome.Selected, r.Outcome));
        Assert.Equal(TopicOutcome.NotSelected, ranking[3].Outcome);
    }

    [Fact]
    public void Topics_without_votes_are_never_selected_even_below_the_number_of_winners()
    {
        var ranking = Rank(5, ("A", 2), ("B", 0), ("C", 0));

        Assert.Equal("1. A 2 Selected | 2. B 0 NotSelected | 2. C 0 NotSelected", Show(ranking));
    }

    [Fact]
    public void Everyone_tied_at_the_cut_when_all_have_equal_votes()
    {
        var ranking = Rank(1, ("A", 2), ("B", 2));

        Assert.All(ranking, r => Assert.Equal((1, TopicOutcome.TiedAtCut), (r.Rank, r.Outcome)));
    }
}
