using Werkstatt.Domain.Calendar;
using Xunit;

namespace Werkstatt.Domain.Tests.Calendar;

public class FederalStatesTests
{
    [Theory]
    [InlineData(FederalState.BadenWuerttemberg, "BW", "Baden-Württemberg")]
    [InlineData(FederalState.Bayern, "BY", "Bayern")]
    [InlineData(FederalState.Berlin, "BE", "Berlin")]
    [InlineData(FederalState.Brandenburg, "BB", "Brandenburg")]
    [InlineData(FederalState.Bremen, "HB", "Bremen")]
    [InlineData(FederalState.Hamburg, "HH", "Hamburg")]
    [InlineData(FederalState.Hessen, "HE", "Hessen")]
    [InlineData(FederalState.MecklenburgVorpommern, "MV", "Mecklenburg-Vorpommern")]
    [InlineData(FederalState.Niedersachsen, "NI", "Niedersachsen")]
    [InlineData(FederalState.NordrheinWestfalen, "NW", "Nordrhein-Westfalen")]
    [InlineData(FederalState.RheinlandPfalz, "RP", "Rheinland-Pfalz")]
    [InlineData(FederalState.Saarland, "SL", "Saarland")]
    [InlineData(FederalState.Sachsen, "SN", "Sachsen")]
    [InlineData(FederalState.SachsenAnhalt, "ST", "Sachsen-Anhalt")]
    [InlineData(FederalState.SchleswigHolstein, "SH", "Schleswig-Holstein")]
    [InlineData(FederalState.Thueringen, "TH", "Thüringen")]
    public void Each_state_has_its_ISO_code_and_German_name(FederalState state, string code, string germanName)
    {
        Assert.Equal(code, state.Code());
        Assert.Equal(germanName, state.GermanName());
    }

    [Fact]
    public void There_are_sixteen_states_with_distinct_codes_and_names()
    {
        var states = Enum.GetValues<FederalState>();

        Assert.Equal(16, states.Length);
        Assert.Equal(16, states.Select(s => s.Code()).Distinct().Count());
        Assert.Equal(16, states.Select(s => s.GermanName()).Distinct().Count());
    }

    [Fact]
    public void Every_state_parses_back_from_its_enum_name_code_and_German_name()
    {
        foreach (var state in Enum.GetValues<FederalState>())
        {
            foreach (var text in new[] { state.ToString(), state.Code(), state.GermanName() })
            {
                Assert.True(FederalStates.TryParse(text, out var parsed), text);
                Assert.Equal(state, parsed);
            }
        }
    }

    [Theory]
    [InlineData("NordrheinWestfalen", FederalState.NordrheinWestfalen)]
    [InlineData("nordrheinwestfalen", FederalState.NordrheinWestfalen)]
    [InlineData("NW", FederalState.NordrheinWestfalen)]
    [InlineData("nw", FederalState.NordrheinWestfalen)]
    [InlineData("Nordrhein-Westfalen", FederalState.NordrheinWestfalen)]
    [InlineData("NORDRHEIN-WESTFALEN", FederalState.NordrheinWestfalen)]
    [InlineData("  NW ", FederalState.NordrheinWestfalen)]
    [InlineData("Baden-Württemberg", FederalState.BadenWuerttemberg)]
    [InlineData("BADEN-WÜRTTEMBERG", FederalState.BadenWuerttemberg)]
    [InlineData("badenwuerttemberg", FederalState.BadenWuerttemberg)]
    [InlineData("Thüringen", FederalState.Thueringen)]
    [InlineData("THÜRINGEN", FederalState.Thueringen)]
    [InlineData("Thu\u0308ringen", FederalState.Thueringen)] // decomposed umlaut
    [InlineData("Thueringen", FederalState.Thueringen)]
    [InlineData("th", FederalState.Thueringen)]
    [InlineData("Hb", FederalState.Bremen)]
    [InlineData("sachsen-anhalt", FederalState.SachsenAnhalt)]
    [InlineData("Sachsen", FederalState.Sachsen)]
    public void TryParse_accepts_enum_name_code_and_German_name_in_any_case(string text, FederalState expected)
    {
        Assert.True(FederalStates.TryParse(text, out var state));
        Assert.Equal(expected, state);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("0")]
    [InlineData("3")]
    [InlineData("XX")]
    [InlineData("Nordrhein Westfalen")]
    [InlineData("Preußen")]
    [InlineData("BadenWuerttemberg,Bayern")]
    public void TryParse_rejects_other_text_including_numbers(string text)
    {
        Assert.False(FederalStates.TryParse(text, out _));
    }

    [Fact]
    public void TryParse_rejects_null()
    {
        Assert.False(FederalStates.TryParse(null!, out _));
    }

    [Fact]
    public void The_default_value_is_not_a_state()
    {
        Assert.False(Enum.IsDefined(default(FederalState)));
        Assert.Throws<ArgumentOutOfRangeException>(() => default(FederalState).Code());
        Assert.Throws<ArgumentOutOfRangeException>(() => default(FederalState).GermanName());
    }
}
