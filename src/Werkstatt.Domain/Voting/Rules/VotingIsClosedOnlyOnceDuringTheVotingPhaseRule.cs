using Werkstatt.Domain.Common;
using Werkstatt.Domain.Cycle;

namespace Werkstatt.Domain.Voting.Rules;

/// <summary>The vote is closed once, in the voting phase; the closed result is immutable.</summary>
public sealed class VotingIsClosedOnlyOnceDuringTheVotingPhaseRule(Phase phase, bool votingClosed) : IBusinessRule
{
    public string Message => votingClosed
        ? "Die Abstimmung ist bereits geschlossen; das Ergebnis steht fest und kann nicht mehr geändert werden."
        : $"Die Abstimmung kann nur in der Phase „Abstimmung“ geschlossen werden; die Werkstatt ist in der Phase „{phase.GermanName()}“.";

    public bool IsBroken() => votingClosed || phase != Phase.Voting;
}
