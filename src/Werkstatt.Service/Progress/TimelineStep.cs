using Werkstatt.Domain.Cycle;

namespace Werkstatt.Service.Progress;

/// <summary>One phase on a Werkstatt's timeline: whether it is done, current or ahead, when it began and by when it should end.</summary>
public sealed record TimelineStep(Phase Phase, TimelineState State, DateTimeOffset? Began, DateTimeOffset PlannedEnd)
{
    /// <summary>Still current after its planned end.</summary>
    public bool IsLate(DateTimeOffset now) => State == TimelineState.Current && PlannedEnd < now;
}
