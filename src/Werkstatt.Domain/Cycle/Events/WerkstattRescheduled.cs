using Werkstatt.Domain.Common;

namespace Werkstatt.Domain.Cycle.Events;

/// <summary>Some dates of a Werkstatt moved; jobs and invitations are re-planned from this.</summary>
public sealed record WerkstattRescheduled(WerkstattId WerkstattId, Schedule Previous, Schedule Current, DateTimeOffset OccurredAt) : IDomainEvent
{
    /// <summary>True when the workshop days themselves moved (invitations must be updated).</summary>
    public bool WorkshopDaysMoved =>
        Previous.Day1Start != Current.Day1Start || Previous.Day1End != Current.Day1End
        || Previous.Day2Start != Current.Day2Start || Previous.Day2End != Current.Day2End;
}
