using WerkstattAggregate = Werkstatt.Domain.Cycle.Werkstatt;
using WorkshopAggregate = Werkstatt.Domain.Workshop.WorkshopDays;

namespace Werkstatt.Service.Workshop;

/// <summary>A Werkstatt's workshop days as one reader sees them; <see cref="CanEdit"/> only for the coordination.</summary>
public sealed record WorkshopView(WerkstattAggregate Werkstatt, WorkshopAggregate Workshop, bool CanEdit);
