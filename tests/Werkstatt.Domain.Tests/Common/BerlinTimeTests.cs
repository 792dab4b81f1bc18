using Werkstatt.Domain.Common;
using Werkstatt.Domain.Tests.Support;

namespace Werkstatt.Domain.Tests.Common;

public class BerlinTimeTests
{
    [Theory]
    [InlineData(2027, 1, 14, 9, 0, "2027-01-14T08:00Z")] // winter: UTC+1
    [InlineData(2027, 7, 14, 9, 0, "2027-07-14T07:00Z")] // summer: UTC+2
    [InlineData(2027, 3, 28, 1, 59, "2027-03-28T00:59Z")] // last minute of winter time
    [InlineData(2027, 3, 28, 3, 0, "2027-03-28T01:00Z")] // first minute of summer time
    [InlineData(2027, 10, 31, 3, 0, "2027-10-31T02:00Z")] // first full hour of winter time
    [InlineData(2027, 12, 31, 23, 59, "2027-12-31T22:59Z")]
    public void ToUtc_converts_Berlin_wall_clock_time(int y, int m, int d, int h, int min, string expected)
    {
        Assert.Equal(Utc.At(expected), BerlinTime.ToUtc(new DateOnly(y, m, d), new TimeOnly(h, min)));
    }

    [Fact]
    public void ToUtc_moves_a_time_in_the_spring_gap_forward_by_the_gap()
    {
        // 28.03.2027: clocks jump from 02:00 to 03:00; 02:30 does not exist and becomes 03:30 CEST.
        var instant = BerlinTime.ToUtc(new DateOnly(2027, 3, 28), new TimeOnly(2, 30));

        Assert.Equal(Utc.At("2027-03-28T01:30Z"), instant);
        Assert.Equal(TimeSpan.Zero, instant.Offset);
        Assert.Equal("28.03.2027, 03:30 Uhr", BerlinTime.FormatDateTime(instant));
    }

    [Fact]
    public void ToUtc_reads_the_repeated_autumn_hour_as_its_first_summer_time_occurrence()
    {
        // 31.10.2027: 02:30 happens twice; the first time at UTC+2.
        Assert.Equal(Utc.At("2027-10-31T00:30Z"), BerlinTime.ToUtc(new DateOnly(2027, 10, 31), new TimeOnly(2, 30)));
    }

    [Theory]
    [InlineData("2027-02-15T22:59Z", 2027, 2, 15)]
    [InlineData("2027-02-15T23:30Z", 2027, 2, 16)] // 00:30 Berlin in winter
    [InlineData("2027-06-09T22:00Z", 2027, 6, 10)] // 00:00 Berlin in summer
    [InlineData("2027-06-09T21:59Z", 2027, 6, 9)]
    public void DateOf_is_the_Berlin_date(string instant, int y, int m, int d)
    {
        Assert.Equal(new DateOnly(y, m, d), BerlinTime.DateOf(Utc.At(instant)));
    }

    [Fact]
    public void FormatDate_writes_TT_MM_JJJJ()
    {
        Assert.Equal("05.03.2027", BerlinTime.FormatDate(new DateOnly(2027, 3, 5)));
        Assert.Equal("31.12.2026", BerlinTime.FormatDate(new DateOnly(2026, 12, 31)));
    }

    [Fact]
    public void FormatDate_of_an_instant_uses_the_Berlin_date()
    {
        Assert.Equal("05.03.2027", BerlinTime.FormatDate(Utc.At("2027-03-04T23:30Z")));
    }

    [Fact]
    public void FormatDateTime_and_FormatTime_show_Berlin_time()
    {
        var instant = Utc.At("2027-07-14T07:05Z");

        Assert.Equal("14.07.2027, 09:05 Uhr", BerlinTime.FormatDateTime(instant));
        Assert.Equal("09:05", BerlinTime.FormatTime(instant));
    }

    [Fact]
    public void Weekday_names_are_German()
    {
        Assert.Equal("Dienstag", BerlinTime.WeekdayName(new DateOnly(2027, 2, 16)));
        Assert.Equal("Samstag", BerlinTime.WeekdayName(new DateOnly(2027, 1, 9)));
    }
}
