namespace Werkstatt.Domain.Cycle;

/// <summary>One entry of a Werkstatt's phase history, shown on its timeline.</summary>
public sealed class PhaseChange
{
    private PhaseChange()
    {
    }

    public PhaseChange(Phase from, Phase to, DateTimeOffset at, string? by, string? note)
    {
        From = from;
        To = to;
        At = at;
        By = by;
        Note = note;
    }

    public long Id { get; private set; }

    public Phase From { get; private set; }

    public Phase To { get; private set; }

    public DateTimeOffset At { get; private set; }

    /// <summary>Display name of who made the change; null for background jobs.</summary>
    public string? By { get; private set; }

    public string? Note { get; private set; }
}
