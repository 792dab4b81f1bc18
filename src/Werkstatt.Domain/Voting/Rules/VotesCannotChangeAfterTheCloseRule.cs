using Werkstatt.Domain.Common;
using Werkstatt.Domain.Cycle;

namespace Werkstatt.Domain.Voting.Rules;

/// <summary>Once the vote is closed, no ballot changes.</summary>
public sealed class VotesCannotChangeAfterTheCloseRule(Phase phase, bool votingClosed) : IBusinessRule
{
    public string Message => "Die Abstimmung ist geschlossen; Stimmen können nicht mehr abgegeben oder geändert werden.";

    public bool IsBroken() => votingClosed || (phase > Phase.Voting && phase != Phase.Cancelled);
}
