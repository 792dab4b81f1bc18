using Werkstatt.Domain.Common;
using Werkstatt.Domain.Cycle;

namespace Werkstatt.Domain.Voting.Events;

/// <summary>The vote of a Werkstatt was closed; the result is final.</summary>
public sealed record VotingClosed(WerkstattId WerkstattId, IReadOnlyList<TopicId> Selected, IReadOnlyList<TopicId> Tied, DateTimeOffset OccurredAt) : IDomainEvent;
