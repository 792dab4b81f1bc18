using Werkstatt.Domain.Common;

namespace Werkstatt.Domain.Tests.Support;

/// <summary>A clock that stands still until a test moves it (FakeTimeProvider's package is not available here).</summary>
public sealed class ManualTimeProvider : TimeProvider
{
    private DateTimeOffset _utcNow;

    public ManualTimeProvider(DateTimeOffset utcNow)
    {
        _utcNow = utcNow.ToUniversalTime();
    }

    /// <summary>Dates in tests are read as Berlin dates, like in the product.</summary>
    public override TimeZoneInfo LocalTimeZone => BerlinTime.Zone;

    public override DateTimeOffset GetUtcNow() => _utcNow;

    public void SetUtcNow(DateTimeOffset utcNow) => _utcNow = utcNow.ToUniversalTime();

    /// <summary>Moves the clock forward; time never runs backwards by accident.</summary>
    public void Advance(TimeSpan delta)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(delta, TimeSpan.Zero);
        _utcNow += delta;
    }
}
