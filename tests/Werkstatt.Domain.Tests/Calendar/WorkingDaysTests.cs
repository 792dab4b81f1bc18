using Werkstatt.Domain.Calendar;
using Xunit;

namespace Werkstatt.Domain.Tests.Calendar;

public class WorkingDaysTests
{
    [Theory]
    [InlineData(2026, 12, 24, 2026, 12, 24)] // Thursday before Christmas is itself a working day.
    [InlineData(2026, 12, 25, 2026, 12, 28)] // Fri holiday, Sat 26 holiday, Sun.
    [InlineData(2026, 12, 27, 2026, 12, 28)]
    [InlineData(2026, 12, 31, 2026, 12, 31)]
    [InlineData(2027, 1, 1, 2027, 1, 4)] // Neujahr on a Friday, then the weekend.
    [InlineData(2021, 12, 24, 2021, 12, 24)]
    [InlineData(2021, 12, 25, 2021, 12, 27)] // Christmas on Saturday and Sunday; Monday is not a holiday.
    [InlineData(2022, 1, 1, 2022, 1, 3)]
    [InlineData(2026, 4, 2, 2026, 4, 2)] // Gründonnerstag is a working day.
    [InlineData(2026, 4, 3, 2026, 4, 7)] // Karfreitag to Ostermontag.
    [InlineData(2026, 4, 5, 2026, 4, 7)]
    [InlineData(2026, 4, 6, 2026, 4, 7)]
    [InlineData(2026, 6, 4, 2026, 6, 5)] // Fronleichnam in NRW.
    public void Next_working_day_in_NRW_skips_weekends_and_holidays(int y, int m, int d, int ey, int em, int ed)
    {
        Assert.Equal(new DateOnly(ey, em, ed), WorkingDays.NextWorkingDay(FederalState.NordrheinWestfalen, new DateOnly(y, m, d)));
    }

    [Fact]
    public void Next_working_day_after_Fronleichnam_differs_between_NRW_and_Berlin()
    {
        var fronleichnam = new DateOnly(2026, 6, 4);

        Assert.Equal(new DateOnly(2026, 6, 5), WorkingDays.NextWorkingDay(FederalState.NordrheinWestfalen, fronleichnam));
        Assert.Equal(fronleichnam, WorkingDays.NextWorkingDay(FederalState.Berlin, fronleichnam));
    }

    [Fact]
    public void Next_working_day_after_Buss_und_Bettag_differs_between_Sachsen_and_Bayern()
    {
        var bussUndBettag = new DateOnly(2026, 11, 18);

        Assert.Equal(new DateOnly(2026, 11, 19), WorkingDays.NextWorkingDay(FederalState.Sachsen, bussUndBettag));
        Assert.Equal(bussUndBettag, WorkingDays.NextWorkingDay(FederalState.Bayern, bussUndBettag));
    }

    [Fact]
    public void Next_working_day_works_at_the_end_of_the_supported_range()
    {
        // 9999-12-25 is a Saturday, the 26th a Sunday and a holiday.
        Assert.Equal(new DateOnly(9999, 12, 27), WorkingDays.NextWorkingDay(FederalState.Berlin, new DateOnly(9999, 12, 25)));
        Assert.Equal(DateOnly.MaxValue, WorkingDays.NextWorkingDay(FederalState.Berlin, DateOnly.MaxValue));
    }

    [Theory]
    [InlineData(2026, 7, 13, true)] // Monday
    [InlineData(2026, 7, 17, true)] // Friday
    [InlineData(2026, 7, 18, false)] // Saturday
    [InlineData(2026, 7, 19, false)] // Sunday
    [InlineData(2026, 6, 4, false)] // Fronleichnam
    [InlineData(2026, 11, 18, true)] // Buß- und Bettag only counts in Sachsen
    [InlineData(2026, 5, 1, false)]
    public void Is_working_day_in_NRW(int y, int m, int d, bool expected)
    {
        Assert.Equal(expected, WorkingDays.IsWorkingDay(FederalState.NordrheinWestfalen, new DateOnly(y, m, d)));
    }

    [Fact]
    public void Is_working_day_agrees_with_non_working_reason_and_next_working_day()
    {
        foreach (var state in Enum.GetValues<FederalState>())
        {
            for (var date = new DateOnly(2026, 1, 1); date.Year == 2026; date = date.AddDays(1))
            {
                var isWorkingDay = WorkingDays.IsWorkingDay(state, date);

                Assert.Equal(isWorkingDay, WorkingDays.NonWorkingReason(state, date) is null);
                Assert.Equal(isWorkingDay, WorkingDays.NextWorkingDay(state, date) == date);
            }
        }
    }

    [Theory]
    [InlineData(FederalState.NordrheinWestfalen, 2026, 7, 18, "Samstag")]
    [InlineData(FederalState.NordrheinWestfalen, 2026, 7, 19, "Sonntag")]
    [InlineData(FederalState.NordrheinWestfalen, 2026, 6, 4, "Feiertag (Fronleichnam)")]
    [InlineData(FederalState.NordrheinWestfalen, 2026, 4, 5, "Sonntag")] // Easter Sunday is not a listed holiday in NRW.
    [InlineData(FederalState.Brandenburg, 2026, 4, 5, "Feiertag (Ostersonntag)")]
    [InlineData(FederalState.Brandenburg, 2026, 5, 24, "Feiertag (Pfingstsonntag)")]
    [InlineData(FederalState.Berlin, 2026, 3, 8, "Feiertag (Internationaler Frauentag)")] // a Sunday in 2026
    [InlineData(FederalState.Berlin, 2021, 12, 25, "Feiertag (1. Weihnachtstag)")] // a Saturday
    [InlineData(FederalState.Sachsen, 2026, 11, 18, "Feiertag (Buß- und Bettag)")]
    [InlineData(FederalState.Hessen, 2026, 1, 1, "Feiertag (Neujahr)")]
    public void Non_working_reason_names_the_weekday_or_the_holiday(FederalState state, int y, int m, int d, string expected)
    {
        Assert.Equal(expected, WorkingDays.NonWorkingReason(state, new DateOnly(y, m, d)));
    }

    [Theory]
    [InlineData(FederalState.NordrheinWestfalen, 2026, 7, 15)]
    [InlineData(FederalState.Berlin, 2026, 6, 4)]
    [InlineData(FederalState.Bayern, 2026, 11, 18)]
    public void Non_working_reason_is_null_on_a_working_day(FederalState state, int y, int m, int d)
    {
        Assert.Null(WorkingDays.NonWorkingReason(state, new DateOnly(y, m, d)));
    }

    [Fact]
    public void An_undefined_state_is_rejected()
    {
        var date = new DateOnly(2026, 7, 15);

        Assert.Throws<ArgumentOutOfRangeException>(() => WorkingDays.IsWorkingDay(default, date));
        Assert.Throws<ArgumentOutOfRangeException>(() => WorkingDays.NextWorkingDay(default, date));
        Assert.Throws<ArgumentOutOfRangeException>(() => WorkingDays.NonWorkingReason(default, date));
    }
}
