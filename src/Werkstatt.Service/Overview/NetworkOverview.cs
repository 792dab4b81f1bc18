using WerkstattAggregate = Werkstatt.Domain.Cycle.Werkstatt;

namespace Werkstatt.Service.Overview;

/// <summary>
/// The network at a glance: the year's Werkstätten, each member's load over the last Werkstätten with a confirmed
/// assignment, the library's growth and the estimate of hours saved.
/// </summary>
public sealed record NetworkOverview(
    int Year,
    IReadOnlyList<WerkstattAggregate> YearWerkstaetten,
    IReadOnlyList<WerkstattAggregate> LoadWerkstaetten,
    IReadOnlyList<MemberLoad> Loads,
    IReadOnlyList<LibraryGrowthPoint> Growth,
    SavingsEstimate Savings);
