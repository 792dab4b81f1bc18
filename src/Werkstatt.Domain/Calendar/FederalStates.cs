using System.Collections.Frozen;
using System.Text;

namespace Werkstatt.Domain.Calendar;

/// <summary>Names, codes and parsing for <see cref="FederalState"/>.</summary>
public static class FederalStates
{
    private static readonly FrozenDictionary<string, FederalState> ByText = BuildLookup();

    /// <summary>The official German name, e.g. "Nordrhein-Westfalen".</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined state.</exception>
    public static string GermanName(this FederalState s) => s switch
    {
        FederalState.BadenWuerttemberg => "Baden-Württemberg",
        FederalState.Bayern => "Bayern",
        FederalState.Berlin => "Berlin",
        FederalState.Brandenburg => "Brandenburg",
        FederalState.Bremen => "Bremen",
        FederalState.Hamburg => "Hamburg",
        FederalState.Hessen => "Hessen",
        FederalState.MecklenburgVorpommern => "Mecklenburg-Vorpommern",
        FederalState.Niedersachsen => "Niedersachsen",
        FederalState.NordrheinWestfalen => "Nordrhein-Westfalen",
        FederalState.RheinlandPfalz => "Rheinland-Pfalz",
        FederalState.Saarland => "Saarland",
        FederalState.Sachsen => "Sachsen",
        FederalState.SachsenAnhalt => "Sachsen-Anhalt",
        FederalState.SchleswigHolstein => "Schleswig-Holstein",
        FederalState.Thueringen => "Thüringen",
        _ => throw new ArgumentOutOfRangeException(nameof(s), s, "Unknown federal state."),
    };

    /// <summary>The ISO 3166-2 subdivision code without the "DE-" prefix, e.g. "NW".</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined state.</exception>
    public static string Code(this FederalState s) => s switch
    {
        FederalState.BadenWuerttemberg => "BW",
        FederalState.Bayern => "BY",
        FederalState.Berlin => "BE",
        FederalState.Brandenburg => "BB",
        FederalState.Bremen => "HB",
        FederalState.Hamburg => "HH",
        FederalState.Hessen => "HE",
        FederalState.MecklenburgVorpommern => "MV",
        FederalState.Niedersachsen => "NI",
        FederalState.NordrheinWestfalen => "NW",
        FederalState.RheinlandPfalz => "RP",
        FederalState.Saarland => "SL",
        FederalState.Sachsen => "SN",
        FederalState.SachsenAnhalt => "ST",
        FederalState.SchleswigHolstein => "SH",
        FederalState.Thueringen => "TH",
        _ => throw new ArgumentOutOfRangeException(nameof(s), s, "Unknown federal state."),
    };

    /// <summary>
    /// Parses the enum name ("NordrheinWestfalen"), the code ("NW") or the German name
    /// ("Nordrhein-Westfalen"), ignoring case and surrounding whitespace.
    /// </summary>
    public static bool TryParse(string text, out FederalState s)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            s = default;
            return false;
        }

        // Umlauts typed on some systems arrive decomposed ("u" + combining diaeresis).
        var key = text.Trim().Normalize(NormalizationForm.FormC);
        return ByText.TryGetValue(key, out s);
    }

    // Enum.TryParse is deliberately not used: it would also accept numbers such as "3" or "99".
    private static FrozenDictionary<string, FederalState> BuildLookup()
    {
        var lookup = new Dictionary<string, FederalState>(StringComparer.OrdinalIgnoreCase);
        foreach (var state in Enum.GetValues<FederalState>())
        {
            lookup[state.ToString()] = state;
            lookup[state.Code()] = state;
            lookup[state.GermanName()] = state;
        }

        return lookup.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
