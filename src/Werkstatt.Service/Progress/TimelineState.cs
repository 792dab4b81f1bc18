namespace Werkstatt.Service.Progress;

/// <summary>Where a phase stands on the timeline.</summary>
public enum TimelineState
{
    Done,
    Current,
    Ahead,
}
