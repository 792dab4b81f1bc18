using Werkstatt.Domain.Common;

namespace Werkstatt.Domain.Voting.Rules;

/// <summary>Showing or hiding the running counts only makes sense before the close; afterwards the result is public.</summary>
public sealed class CountsCanOnlyBeShownWhileTheVoteIsOpenRule(bool votingClosed) : IBusinessRule
{
    public string Message => "Die Abstimmung ist geschlossen; das Ergebnis ist für alle sichtbar.";

    public bool IsBroken() => votingClosed;
}
