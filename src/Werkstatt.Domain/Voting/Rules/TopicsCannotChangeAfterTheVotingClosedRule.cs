using Werkstatt.Domain.Common;
using Werkstatt.Domain.Cycle;

namespace Werkstatt.Domain.Voting.Rules;

/// <summary>Topics are merged or withdrawn during topic collection and voting; after the close the result is final.</summary>
public sealed class TopicsCannotChangeAfterTheVotingClosedRule(Phase phase, bool votingClosed) : IBusinessRule
{
    public string Message => votingClosed || phase > Phase.Voting
        ? "Die Abstimmung ist geschlossen; die Themen und das Ergebnis können nicht mehr geändert werden."
        : $"Themen können erst ab der Themensammlung zusammengeführt oder zurückgezogen werden; die Werkstatt ist in der Phase „{phase.GermanName()}“.";

    public bool IsBroken() => votingClosed || phase is not (Phase.TopicCollection or Phase.Voting);
}
