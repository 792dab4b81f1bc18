using Werkstatt.Service.Overview;

namespace Werkstatt.Web.Api.Dtos;

/// <summary>The network overview for the API: the year's Werkstätten, load, savings and attendance per member.</summary>
public sealed record NetworkOverviewDto(
    int Year,
    IReadOnlyList<OverviewWerkstattDto> Werkstaetten,
    IReadOnlyList<OverviewLoadDto> Load,
    OverviewSavingsDto Savings,
    IReadOnlyList<OverviewWerkstattDto> AttendanceWerkstaetten,
    IReadOnlyList<OverviewAttendanceDto> Attendance)
{
    public static NetworkOverviewDto From(NetworkOverview o)
    {
        ArgumentNullException.ThrowIfNull(o);
        static OverviewWerkstattDto W(Domain.Cycle.Werkstatt w) => new(w.Id.Value, w.Title, w.Phase.ToString(), w.Schedule.FirstDay);
        return new NetworkOverviewDto(
            o.Year,
            o.YearWerkstaetten.Select(W).ToList(),
            o.Loads.Select(l => new OverviewLoadDto(l.MemberId.Value, l.Name, l.Assigned, l.Capacity)).ToList(),
            new OverviewSavingsDto(o.Savings.HoursPerProcess, o.Savings.ReuseShare, o.Savings.ProcessesInYear, o.Savings.NetworkHours),
            o.AttendanceWerkstaetten.Select(W).ToList(),
            o.Attendance.Select(a => new OverviewAttendanceDto(
                a.MemberId.Value, a.Name, a.Attended, a.Invited, a.Rate,
                a.Cells.Select((c, i) => new OverviewAttendanceCellDto(o.AttendanceWerkstaetten[i].Id.Value, c.Attended, c.Invited)).ToList())).ToList());
    }
}

/// <summary>A Werkstatt in the overview.</summary>
public sealed record OverviewWerkstattDto(Guid Id, string Title, string Phase, DateOnly FirstDay);

/// <summary>A member's confirmed assignments against offered capacity over the last Werkstätten.</summary>
public sealed record OverviewLoadDto(Guid MemberId, string Name, int Assigned, int Capacity);

/// <summary>The savings estimate with its assumptions.</summary>
public sealed record OverviewSavingsDto(double HoursPerProcess, double ReuseShare, int ProcessesInYear, double NetworkHours);

/// <summary>A member's attendance: days attended of days invited over the year (rate 0–1, null before the first day) and per held Werkstatt.</summary>
public sealed record OverviewAttendanceDto(Guid MemberId, string Name, int Attended, int Invited, double? Rate, IReadOnlyList<OverviewAttendanceCellDto> Werkstaetten);

/// <summary>Days attended of days invited at one Werkstatt.</summary>
public sealed record OverviewAttendanceCellDto(Guid WerkstattId, int Attended, int Invited);
