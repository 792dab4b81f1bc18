using Werkstatt.Domain.Common;
using Werkstatt.Domain.Cycle;

namespace Werkstatt.Domain.Voting.Rules;

/// <summary>Ballots are cast in the voting phase, not before.</summary>
public sealed class VotesAreCastDuringTheVotingPhaseRule(Phase phase) : IBusinessRule
{
    public string Message => $"Abgestimmt wird in der Phase „Abstimmung“; die Werkstatt ist in der Phase „{phase.GermanName()}“.";

    public bool IsBroken() => phase < Phase.Voting || phase == Phase.Cancelled;
}
