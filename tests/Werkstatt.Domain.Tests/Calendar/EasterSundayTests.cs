using Werkstatt.Domain.Calendar;
using Xunit;

namespace Werkstatt.Domain.Tests.Calendar;

public class EasterSundayTests
{
    [Theory]
    [InlineData(1583, 4, 10)]
    [InlineData(1818, 3, 22)]
    [InlineData(1943, 4, 25)]
    [InlineData(2000, 4, 23)]
    [InlineData(2024, 3, 31)]
    [InlineData(2025, 4, 20)]
    [InlineData(2026, 4, 5)]
    [InlineData(2027, 3, 28)]
    [InlineData(2038, 4, 25)]
    [InlineData(2285, 3, 22)]
    [InlineData(9999, 3, 28)]
    public void Easter_Sunday_matches_known_dates(int year, int month, int day)
    {
        Assert.Equal(new DateOnly(year, month, day), PublicHolidays.EasterSunday(year));
    }

    [Fact]
    public void Easter_Sunday_agrees_with_the_epact_method_and_is_a_Sunday_between_22_March_and_25_April_in_every_supported_year()
    {
        for (var year = PublicHolidays.MinYear; year <= PublicHolidays.MaxYear; year++)
        {
            var easter = PublicHolidays.EasterSunday(year);

            Assert.Equal(EasterByEpact(year), easter);
            Assert.Equal(DayOfWeek.Sunday, easter.DayOfWeek);
            Assert.InRange(easter, new DateOnly(year, 3, 22), new DateOnly(year, 4, 25));
        }
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(0)]
    [InlineData(1582)]
    [InlineData(10000)]
    public void Easter_Sunday_rejects_years_outside_1583_to_9999(int year)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PublicHolidays.EasterSunday(year));
    }

    // An independent formulation (Knuth, TAOCP 1.3.2, after Lilius and Clavius) to check the
    // production algorithm against every year rather than a handful of samples.
    private static DateOnly EasterByEpact(int year)
    {
        var golden = (year % 19) + 1;
        var century = (year / 100) + 1;
        var skippedLeapYears = (3 * century / 4) - 12;
        var moonCorrection = (((8 * century) + 5) / 25) - 5;
        var sundayKey = (5 * year / 4) - skippedLeapYears - 10;
        var epact = ((11 * golden) + 20 + moonCorrection - skippedLeapYears) % 30;
        if ((epact == 25 && golden > 11) || epact == 24)
        {
            epact++;
        }

        var fullMoon = 44 - epact;
        if (fullMoon < 21)
        {
            fullMoon += 30;
        }

        var marchDay = fullMoon + 7 - ((sundayKey + fullMoon) % 7);
        return marchDay > 31 ? new DateOnly(year, 4, marchDay - 31) : new DateOnly(year, 3, marchDay);
    }
}
