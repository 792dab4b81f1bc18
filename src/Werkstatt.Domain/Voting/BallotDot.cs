namespace Werkstatt.Domain.Voting;

/// <summary>Dots a ballot gives one topic (at least one).</summary>
public sealed record BallotDot(TopicId TopicId, int Dots);
