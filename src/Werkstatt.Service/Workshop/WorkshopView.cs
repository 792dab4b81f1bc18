using Werkstatt.Domain.Processes;
using WerkstattAggregate = Werkstatt.Domain.Cycle.Werkstatt;
using WorkshopAggregate = Werkstatt.Domain.Workshop.WorkshopDays;

namespace Werkstatt.Service.Workshop;

/// <summary>A Werkstatt's workshop days as one reader sees them; <see cref="CanEdit"/> only for the coordination.</summary>
public sealed record WorkshopView(WerkstattAggregate Werkstatt, WorkshopAggregate Workshop, bool CanEdit)
{
    /// <summary>The slots with labels and presenters.</summary>
    public WorkshopAgenda Agenda { get; init; } = new(Workshop, []);

    /// <summary>The Werkstatt's processes, for the slot form.</summary>
    public IReadOnlyList<Process> Processes { get; init; } = [];
}
