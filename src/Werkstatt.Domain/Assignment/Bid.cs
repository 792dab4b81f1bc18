namespace Werkstatt.Domain.Assignment;

/// <summary>A member's wish for one process: "übernehmen wir gern", "möglich", "lieber nicht", "betrifft uns nicht".</summary>
public enum Bid
{
    Want,
    Can,
    RatherNot,
    NotApplicable,
}
