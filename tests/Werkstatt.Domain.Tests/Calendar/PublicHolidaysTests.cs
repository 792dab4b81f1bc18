using Werkstatt.Domain.Calendar;
using Xunit;

namespace Werkstatt.Domain.Tests.Calendar;

public class PublicHolidaysTests
{
    private static readonly FederalState[] AllStates = Enum.GetValues<FederalState>();

    [Fact]
    public void Fronleichnam_and_Allerheiligen_are_holidays_in_NRW_but_not_in_Berlin()
    {
        var fronleichnam = new DateOnly(2026, 6, 4);
        var allerheiligen = new DateOnly(2026, 11, 1);

        Assert.Equal(new PublicHoliday(fronleichnam, "Fronleichnam"), PublicHolidays.Find(FederalState.NordrheinWestfalen, fronleichnam));
        Assert.Equal(new PublicHoliday(allerheiligen, "Allerheiligen"), PublicHolidays.Find(FederalState.NordrheinWestfalen, allerheiligen));
        Assert.Null(PublicHolidays.Find(FederalState.Berlin, fronleichnam));
        Assert.Null(PublicHolidays.Find(FederalState.Berlin, allerheiligen));
    }

    [Fact]
    public void Fronleichnam_is_60_days_after_Easter_in_exactly_the_six_states_that_keep_it()
    {
        FederalState[] expected =
        [
            FederalState.BadenWuerttemberg, FederalState.Bayern, FederalState.Hessen,
            FederalState.NordrheinWestfalen, FederalState.RheinlandPfalz, FederalState.Saarland,
        ];
        var date = PublicHolidays.EasterSunday(2027).AddDays(60);

        Assert.Equal(expected, StatesWith("Fronleichnam", 2027));
        Assert.All(expected, state => Assert.Equal("Fronleichnam", PublicHolidays.Find(state, date)?.Name));
    }

    [Theory]
    [InlineData(2026, 11, 18)]
    [InlineData(2027, 11, 17)]
    [InlineData(2017, 11, 22)]
    [InlineData(2023, 11, 22)]
    [InlineData(2028, 11, 22)]
    [InlineData(2029, 11, 21)]
    [InlineData(2022, 11, 16)] // 23 November itself is a Wednesday, so it is the week before.
    public void Buss_und_Bettag_is_the_Wednesday_before_23_November_and_only_in_Sachsen(int year, int month, int day)
    {
        var date = new DateOnly(year, month, day);

        Assert.Equal(new PublicHoliday(date, "Buß- und Bettag"), PublicHolidays.Find(FederalState.Sachsen, date));
        Assert.Equal([FederalState.Sachsen], StatesWith("Buß- und Bettag", year));
    }

    [Fact]
    public void Buss_und_Bettag_is_always_a_Wednesday_from_16_to_22_November()
    {
        for (var year = 2000; year <= 2100; year++)
        {
            var date = Single(FederalState.Sachsen, year, "Buß- und Bettag").Date;

            Assert.Equal(DayOfWeek.Wednesday, date.DayOfWeek);
            Assert.InRange(date, new DateOnly(year, 11, 16), new DateOnly(year, 11, 22));
        }
    }

    [Fact]
    public void Reformationstag_is_a_holiday_in_Niedersachsen_since_2018_but_not_in_2016()
    {
        Assert.Null(PublicHolidays.Find(FederalState.Niedersachsen, new DateOnly(2016, 10, 31)));
        Assert.Equal("Reformationstag", PublicHolidays.Find(FederalState.Niedersachsen, new DateOnly(2018, 10, 31))?.Name);
        Assert.Equal("Reformationstag", PublicHolidays.Find(FederalState.Niedersachsen, new DateOnly(2026, 10, 31))?.Name);
    }

    [Fact]
    public void Reformationstag_was_a_holiday_in_every_state_in_2017_only()
    {
        Assert.Equal(AllStates, StatesWith("Reformationstag", 2017));
        Assert.Null(PublicHolidays.Find(FederalState.Bayern, new DateOnly(2016, 10, 31)));
        Assert.Null(PublicHolidays.Find(FederalState.Bayern, new DateOnly(2018, 10, 31)));
    }

    [Fact]
    public void Reformationstag_is_kept_by_the_eastern_states_always_and_by_the_northern_states_since_2018()
    {
        FederalState[] eastern =
        [
            FederalState.Brandenburg, FederalState.MecklenburgVorpommern, FederalState.Sachsen,
            FederalState.SachsenAnhalt, FederalState.Thueringen,
        ];
        FederalState[] northern =
        [
            FederalState.Bremen, FederalState.Hamburg, FederalState.Niedersachsen, FederalState.SchleswigHolstein,
        ];

        Assert.Equal(eastern, StatesWith("Reformationstag", 2016));
        Assert.Equal(eastern.Concat(northern).Order(), StatesWith("Reformationstag", 2018));
    }

    [Fact]
    public void Internationaler_Frauentag_is_a_holiday_in_Berlin_2026()
    {
        var date = new DateOnly(2026, 3, 8);

        Assert.Equal(new PublicHoliday(date, "Internationaler Frauentag"), PublicHolidays.Find(FederalState.Berlin, date));
        Assert.Null(PublicHolidays.Find(FederalState.Brandenburg, date));
    }

    [Fact]
    public void Internationaler_Frauentag_starts_in_Berlin_in_2019_and_in_Mecklenburg_Vorpommern_in_2023()
    {
        Assert.Empty(StatesWith("Internationaler Frauentag", 2018));
        Assert.Equal([FederalState.Berlin], StatesWith("Internationaler Frauentag", 2019));
        Assert.Equal([FederalState.Berlin], StatesWith("Internationaler Frauentag", 2022));
        Assert.Equal([FederalState.Berlin, FederalState.MecklenburgVorpommern], StatesWith("Internationaler Frauentag", 2023));
    }

    [Fact]
    public void Tag_der_Befreiung_is_a_holiday_in_Berlin_only_on_8_May_2020_and_2025()
    {
        Assert.Equal("Tag der Befreiung", PublicHolidays.Find(FederalState.Berlin, new DateOnly(2020, 5, 8))?.Name);
        Assert.Equal("Tag der Befreiung", PublicHolidays.Find(FederalState.Berlin, new DateOnly(2025, 5, 8))?.Name);
        Assert.Null(PublicHolidays.Find(FederalState.Berlin, new DateOnly(2026, 5, 8)));
        Assert.Null(PublicHolidays.Find(FederalState.Berlin, new DateOnly(2015, 5, 8)));
        Assert.Equal([FederalState.Berlin], StatesWith("Tag der Befreiung", 2025));
    }

    [Fact]
    public void Weltkindertag_is_a_holiday_in_Thueringen_since_2019()
    {
        Assert.Empty(StatesWith("Weltkindertag", 2018));
        Assert.Equal([FederalState.Thueringen], StatesWith("Weltkindertag", 2019));
        Assert.Equal(new DateOnly(2026, 9, 20), Single(FederalState.Thueringen, 2026, "Weltkindertag").Date);
    }

    [Fact]
    public void Heilige_Drei_Koenige_is_a_holiday_in_Baden_Wuerttemberg_Bayern_and_Sachsen_Anhalt()
    {
        Assert.Equal([FederalState.BadenWuerttemberg, FederalState.Bayern, FederalState.SachsenAnhalt], StatesWith("Heilige Drei Könige", 2026));
        Assert.Equal(new DateOnly(2026, 1, 6), Single(FederalState.SachsenAnhalt, 2026, "Heilige Drei Könige").Date);
    }

    [Fact]
    public void Mariae_Himmelfahrt_is_statewide_only_in_the_Saarland_not_in_Bayern()
    {
        Assert.Equal([FederalState.Saarland], StatesWith("Mariä Himmelfahrt", 2026));
        Assert.Equal(new DateOnly(2026, 8, 15), Single(FederalState.Saarland, 2026, "Mariä Himmelfahrt").Date);
    }

    [Fact]
    public void Allerheiligen_is_a_holiday_in_exactly_five_states()
    {
        Assert.Equal(
            [FederalState.BadenWuerttemberg, FederalState.Bayern, FederalState.NordrheinWestfalen, FederalState.RheinlandPfalz, FederalState.Saarland],
            StatesWith("Allerheiligen", 2026));
    }

    [Fact]
    public void Only_Brandenburg_lists_Ostersonntag_and_Pfingstsonntag()
    {
        Assert.Equal([FederalState.Brandenburg], StatesWith("Ostersonntag", 2026));
        Assert.Equal([FederalState.Brandenburg], StatesWith("Pfingstsonntag", 2026));
        Assert.Equal(new DateOnly(2026, 4, 5), Single(FederalState.Brandenburg, 2026, "Ostersonntag").Date);
        Assert.Equal(new DateOnly(2026, 5, 24), Single(FederalState.Brandenburg, 2026, "Pfingstsonntag").Date);
    }

    [Fact]
    public void NRW_has_these_11_holidays_in_2026()
    {
        PublicHoliday[] expected =
        [
            new(new DateOnly(2026, 1, 1), "Neujahr"),
            new(new DateOnly(2026, 4, 3), "Karfreitag"),
            new(new DateOnly(2026, 4, 6), "Ostermontag"),
            new(new DateOnly(2026, 5, 1), "Tag der Arbeit"),
            new(new DateOnly(2026, 5, 14), "Christi Himmelfahrt"),
            new(new DateOnly(2026, 5, 25), "Pfingstmontag"),
            new(new DateOnly(2026, 6, 4), "Fronleichnam"),
            new(new DateOnly(2026, 10, 3), "Tag der Deutschen Einheit"),
            new(new DateOnly(2026, 11, 1), "Allerheiligen"),
            new(new DateOnly(2026, 12, 25), "1. Weihnachtstag"),
            new(new DateOnly(2026, 12, 26), "2. Weihnachtstag"),
        ];

        Assert.Equal(expected, PublicHolidays.For(FederalState.NordrheinWestfalen, 2026));
    }

    [Fact]
    public void Berlin_has_these_10_holidays_in_2026()
    {
        PublicHoliday[] expected =
        [
            new(new DateOnly(2026, 1, 1), "Neujahr"),
            new(new DateOnly(2026, 3, 8), "Internationaler Frauentag"),
            new(new DateOnly(2026, 4, 3), "Karfreitag"),
            new(new DateOnly(2026, 4, 6), "Ostermontag"),
            new(new DateOnly(2026, 5, 1), "Tag der Arbeit"),
            new(new DateOnly(2026, 5, 14), "Christi Himmelfahrt"),
            new(new DateOnly(2026, 5, 25), "Pfingstmontag"),
            new(new DateOnly(2026, 10, 3), "Tag der Deutschen Einheit"),
            new(new DateOnly(2026, 12, 25), "1. Weihnachtstag"),
            new(new DateOnly(2026, 12, 26), "2. Weihnachtstag"),
        ];

        Assert.Equal(expected, PublicHolidays.For(FederalState.Berlin, 2026));
    }

    [Theory]
    [InlineData(FederalState.BadenWuerttemberg, 12)]
    [InlineData(FederalState.Bayern, 12)]
    [InlineData(FederalState.Berlin, 10)]
    [InlineData(FederalState.Brandenburg, 12)]
    [InlineData(FederalState.Bremen, 10)]
    [InlineData(FederalState.Hamburg, 10)]
    [InlineData(FederalState.Hessen, 10)]
    [InlineData(FederalState.MecklenburgVorpommern, 11)]
    [InlineData(FederalState.Niedersachsen, 10)]
    [InlineData(FederalState.NordrheinWestfalen, 11)]
    [InlineData(FederalState.RheinlandPfalz, 11)]
    [InlineData(FederalState.Saarland, 12)]
    [InlineData(FederalState.Sachsen, 11)]
    [InlineData(FederalState.SachsenAnhalt, 11)]
    [InlineData(FederalState.SchleswigHolstein, 10)]
    [InlineData(FederalState.Thueringen, 11)]
    public void Each_state_has_the_expected_number_of_holidays_in_2026(FederalState state, int count)
    {
        Assert.Equal(count, PublicHolidays.For(state, 2026).Count);
    }

    [Fact]
    public void Every_state_keeps_the_nine_nationwide_holidays()
    {
        string[] nationwide =
        [
            "Neujahr", "Karfreitag", "Ostermontag", "Tag der Arbeit", "Christi Himmelfahrt",
            "Pfingstmontag", "Tag der Deutschen Einheit", "1. Weihnachtstag", "2. Weihnachtstag",
        ];

        Assert.All(nationwide, name => Assert.Equal(AllStates, StatesWith(name, 2031)));
    }

    [Fact]
    public void Holidays_are_sorted_by_date_and_fall_in_the_requested_year()
    {
        foreach (var state in AllStates)
        {
            for (var year = 2015; year <= 2035; year++)
            {
                var holidays = PublicHolidays.For(state, year);

                Assert.Equal(holidays.OrderBy(h => h.Date), holidays);
                Assert.All(holidays, h => Assert.Equal(year, h.Date.Year));
            }
        }
    }

    [Fact]
    public void Christi_Himmelfahrt_on_1_May_is_listed_next_to_Tag_der_Arbeit()
    {
        var mayDay = new DateOnly(2008, 5, 1);
        var onMayDay = PublicHolidays.For(FederalState.Hamburg, 2008).Where(h => h.Date == mayDay).Select(h => h.Name);

        Assert.Equal(["Tag der Arbeit", "Christi Himmelfahrt"], onMayDay);
        Assert.Equal("Tag der Arbeit", PublicHolidays.Find(FederalState.Hamburg, mayDay)?.Name);
    }

    [Fact]
    public void Find_returns_null_on_an_ordinary_day()
    {
        Assert.All(AllStates, state => Assert.Null(PublicHolidays.Find(state, new DateOnly(2026, 7, 15))));
    }

    [Fact]
    public void The_returned_list_cannot_be_modified_through_a_cast()
    {
        var holidays = PublicHolidays.For(FederalState.Hessen, 2026);

        var asList = Assert.IsAssignableFrom<IList<PublicHoliday>>(holidays);
        Assert.Throws<NotSupportedException>(() => asList[0] = new PublicHoliday(new DateOnly(2026, 7, 15), "Erfunden"));
        Assert.Equal("Neujahr", PublicHolidays.For(FederalState.Hessen, 2026)[0].Name);
    }

    [Fact]
    public void Concurrent_callers_all_get_the_same_holidays()
    {
        var expected = PublicHolidays.For(FederalState.Bayern, 2040).ToArray();
        var results = new IReadOnlyList<PublicHoliday>[64];

        Parallel.For(0, results.Length, i => results[i] = PublicHolidays.For(FederalState.Bayern, 2040 + (i % 4)));

        Assert.All(results.Where((_, i) => i % 4 == 0), r => Assert.Equal(expected, r));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(17)]
    [InlineData(-1)]
    public void Undefined_states_are_rejected(int value)
    {
        var state = (FederalState)value;

        Assert.Throws<ArgumentOutOfRangeException>(() => PublicHolidays.For(state, 2026));
        Assert.Throws<ArgumentOutOfRangeException>(() => PublicHolidays.Find(state, new DateOnly(2026, 1, 1)));
    }

    [Theory]
    [InlineData(1582)]
    [InlineData(10000)]
    public void Years_outside_1583_to_9999_are_rejected(int year)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PublicHolidays.For(FederalState.Berlin, year));
    }

    [Fact]
    public void The_last_supported_year_is_computed()
    {
        Assert.Equal(new DateOnly(9999, 12, 26), PublicHolidays.For(FederalState.Sachsen, 9999)[^1].Date);
    }

    private static FederalState[] StatesWith(string holidayName, int year) =>
        AllStates.Where(state => PublicHolidays.For(state, year).Any(h => h.Name == holidayName)).ToArray();

    private static PublicHoliday Single(FederalState state, int year, string holidayName) =>
        Assert.Single(PublicHolidays.For(state, year), h => h.Name == holidayName);
}
