namespace Werkstatt.Service.Jobs;

/// <summary>What one job run did: <see cref="Done"/> false means it found nothing due (stale, moved, no longer open).</summary>
public sealed record StepResult(bool Done, string Detail)
{
    public static StepResult Skipped(string why) => new(false, why);

    public static StepResult Completed(string what) => new(true, what);
}
