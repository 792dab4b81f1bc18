using WerkstattAggregate = Werkstatt.Domain.Cycle.Werkstatt;

namespace Werkstatt.Service.Overview;

/// <summary>
/// The network at a glance: the year's Werkstätten, each member's load over the last Werkstätten with a confirmed
/// assignment, the library's growth, the estimate of hours saved and
/// the attendance per member.
/// </summary>
public sealed record NetworkOverview(
    int Year,
    IReadOnlyList<WerkstattAggregate> YearWerkstaetten,
    IReadOnlyList<WerkstattAggregate> LoadWerkstaetten,
    IReadOnlyList<MemberLoad> Loads,
    IReadOnlyList<LibraryGrowthPoint> Growth,
    SavingsEstimate Savings)
{
    /// <summary>The year's Werkstätten with at least one workshop day held: the columns of <see cref="Attendance"/>.</summary>
    public IReadOnlyList<WerkstattAggregate> AttendanceWerkstaetten { get; init; } = [];

    /// <summary>Per member: days attended of the days invited, per held Werkstatt and over the year.</summary>
    public IReadOnlyList<MemberAttendanceRate> Attendance { get; init; } = [];
}
