using Werkstatt.Domain.Network;
using Werkstatt.Domain.Voting;
using WerkstattAggregate = Werkstatt.Domain.Cycle.Werkstatt;

namespace Werkstatt.Service.Voting;

/// <summary>
/// The state of a Werkstatt's vote as the actor may see it: settings and open topics; the counts only once shown
/// or closed; the members that have not voted yet only for the coordinator.
/// </summary>
public sealed record VotingView(
    WerkstattAggregate Werkstatt,
    VotingRound Round,
    IReadOnlyList<Topic> Topics,
    IReadOnlyDictionary<TopicId, int>? Counts,
    IReadOnlyList<Member>? NotVoted,
    int Voted,
    int Members,
    bool IsCoordinator,
    MemberId? OwnMember);
