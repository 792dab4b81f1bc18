namespace Werkstatt.Service.Mail;

/// <summary>Exponential backoff with jitter: base × 2^(attempt−1), capped, then ±25 %.</summary>
public static class RetryPolicy
{
    public static TimeSpan Delay(int attempt, TimeSpan baseDelay, TimeSpan maxDelay, double random)
    {
        var exponent = Math.Clamp(attempt - 1, 0, 30);
        var raw = Math.Min(baseDelay.TotalMilliseconds * Math.Pow(2, exponent), maxDelay.TotalMilliseconds);
        var jitter = 0.75 + (0.5 * Math.Clamp(random, 0, 1));
        return TimeSpan.FromMilliseconds(raw * jitter);
    }
}
