using Werkstatt.Domain.Assignment;

namespace Werkstatt.Domain.Staffing;

/// <summary>German names of bids and of where a plan cell came from.</summary>
public static class StaffingNames
{
    public static string GermanName(this Bid bid) => bid switch
    {
        Bid.Want => "übernehmen wir gern",
        Bid.Can => "möglich",
        Bid.RatherNot => "lieber nicht",
        Bid.NotApplicable => "betrifft uns nicht",
        _ => bid.ToString(),
    };

    public static string GermanName(this CellSource source) => source switch
    {
        CellSource.Claim => "Meldung",
        CellSource.Solver => "Vorschlag",
        CellSource.Override => "von Hand",
        _ => source.ToString(),
    };
}
