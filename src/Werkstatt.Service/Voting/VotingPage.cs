namespace Werkstatt.Service.Voting;

/// <summary>What the ballot page shows: the vote and, for a process manager, the own member's ballot.</summary>
public sealed record VotingPage(VotingView Voting, BallotView? Ballot);
