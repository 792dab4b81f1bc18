using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Network;
using Werkstatt.Domain.Voting;
using WerkstattAggregate = Werkstatt.Domain.Cycle.Werkstatt;

namespace Werkstatt.Service.Voting;

/// <summary>A member's ballot with the open topics, the rules of the vote and the dots it has left.</summary>
public sealed record BallotView(WerkstattAggregate Werkstatt, Member Member, Ballot Ballot, VotingSettings Settings, IReadOnlyList<Topic> Topics, bool VotingClosed)
{
    public int DotsLeft => Ballot.DotsLeft(Settings);

    /// <summary>True while this ballot can still be cast or changed.</summary>
    public bool IsOpen => !VotingClosed && Werkstatt.Phase == Phase.Voting;
}
