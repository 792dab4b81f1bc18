namespace Werkstatt.Service.Demo;

/// <summary>Seeds a demo network on first start; set <c>Demo:Enabled=false</c> in production.</summary>
public sealed class DemoOptions
{
    public const string SectionName = "Demo";

    public bool Enabled { get; set; }

    /// <summary>The password of every demo login; printed on start.</summary>
    public string Password { get; set; } = "Werkstatt-Demo-2026";

    /// <summary>How long the demo's running vote lasts after the first start (tests that need the vote open longer raise it).</summary>
    public TimeSpan VotingDeadlineAfterStart { get; set; } = DemoVoting.DeadlineAfterStart;
}
