namespace Werkstatt.Domain.Tests.Support;

public class ManualTimeProviderTests
{
    [Fact]
    public void The_clock_stands_still_until_it_is_moved()
    {
        var clock = new ManualTimeProvider(Utc.At("2027-02-16T08:00Z"));

        Assert.Equal(Utc.At("2027-02-16T08:00Z"), clock.GetUtcNow());
        clock.Advance(TimeSpan.FromMinutes(90));
        Assert.Equal(Utc.At("2027-02-16T09:30Z"), clock.GetUtcNow());
        clock.SetUtcNow(new DateTimeOffset(2027, 7, 1, 12, 0, 0, TimeSpan.FromHours(2)));
        Assert.Equal(Utc.At("2027-07-01T10:00Z"), clock.GetUtcNow());
        Assert.Equal(TimeSpan.Zero, clock.GetUtcNow().Offset);
    }

    [Fact]
    public void Local_time_is_Berlin_time()
    {
        var clock = new ManualTimeProvider(Utc.At("2027-07-01T10:00Z"));

        Assert.Equal(new DateTime(2027, 7, 1, 12, 0, 0), clock.GetLocalNow().DateTime);
    }

    [Fact]
    public void The_clock_cannot_be_moved_backwards_by_Advance()
    {
        var clock = new ManualTimeProvider(Utc.At("2027-02-16T08:00Z"));

        Assert.Throws<ArgumentOutOfRangeException>(() => clock.Advance(TimeSpan.FromSeconds(-1)));
        Assert.Equal(Utc.At("2027-02-16T08:00Z"), clock.GetUtcNow());
    }
}
