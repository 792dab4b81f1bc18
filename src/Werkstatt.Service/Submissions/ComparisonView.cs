using Werkstatt.Domain.Processes;
using WerkstattAggregate = Werkstatt.Domain.Cycle.Werkstatt;

namespace Werkstatt.Service.Submissions;

/// <summary>
/// The members' models of one process side by side, for the workshop: steps only in one or in both, roles, IT systems,
/// media breaks, and the profile fields.
/// </summary>
public sealed record ComparisonView(
    WerkstattAggregate Werkstatt, Process Process, IReadOnlyList<ComparedSide> Sides,
    IReadOnlyList<ComparedLine> Steps, IReadOnlyList<ComparedLine> Roles, IReadOnlyList<ComparedLine> ItSystems, IReadOnlyList<ComparedLine> MediaBreaks);
