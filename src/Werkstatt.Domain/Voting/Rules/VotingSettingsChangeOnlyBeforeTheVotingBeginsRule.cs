using Werkstatt.Domain.Common;
using Werkstatt.Domain.Cycle;

namespace Werkstatt.Domain.Voting.Rules;

/// <summary>Budget, limit per topic and number of winners are fixed once members can vote.</summary>
public sealed class VotingSettingsChangeOnlyBeforeTheVotingBeginsRule(Phase phase) : IBusinessRule
{
    public string Message => $"Die Regeln der Abstimmung können nur vor Beginn der Abstimmung geändert werden; die Werkstatt ist in der Phase „{phase.GermanName()}“.";

    public bool IsBroken() => phase >= Phase.Voting;
}
