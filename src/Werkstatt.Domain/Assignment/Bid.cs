namespace Werkstatt.Domain.Assignment;

/// <summary>What a member said about modelling one process; a member without a bid counts as <see cref="Can"/>.</summary>
public enum Bid
{
    Want,
    Can,
    RatherNot,
    NotApplicable,
}
