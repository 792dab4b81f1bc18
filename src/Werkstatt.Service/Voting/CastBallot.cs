using Werkstatt.Domain.Voting;

namespace Werkstatt.Service.Voting;

/// <summary>A whole ballot: dots per topic (topics left out get none) and the version it was based on (0 for a first ballot).</summary>
public sealed record CastBallot(IReadOnlyDictionary<TopicId, int> Dots, int? Version);
