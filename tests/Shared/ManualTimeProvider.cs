namespace Werkstatt.Tests.Shared;

/// <summary>A clock the test sets and moves (FakeTimeProvider's package is not available here).</summary>
public sealed class ManualTimeProvider(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start.ToUniversalTime();

    public override DateTimeOffset GetUtcNow() => _now;

    public void SetUtcNow(DateTimeOffset now) => _now = now.ToUniversalTime();

    public void Advance(TimeSpan by) => _now += by;
}
