namespace Werkstatt.Domain.Voting;

/// <summary>One line of the closed result: a topic, its votes, its rank (equal votes, equal rank) and its outcome.</summary>
public sealed record RankedTopic(int Position, TopicId TopicId, string Title, int Votes, int Rank, TopicOutcome Outcome);
