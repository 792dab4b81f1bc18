using Werkstatt.Domain.Common;
using Werkstatt.Domain.Network;

namespace Werkstatt.Domain.Voting.Rules;

/// <summary>One ballot per member: a process manager casts or changes only the ballot of their own member.</summary>
public sealed class MembersCastOnlyTheirOwnBallotRule(MemberId ballotOf, MemberId? castBy) : IBusinessRule
{
    public string Message => "Sie können nur für Ihre eigene Verwaltung abstimmen.";

    public bool IsBroken() => castBy != ballotOf;
}
