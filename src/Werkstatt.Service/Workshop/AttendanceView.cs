using WerkstattAggregate = Werkstatt.Domain.Cycle.Werkstatt;
using WorkshopAggregate = Werkstatt.Domain.Workshop.WorkshopDays;

namespace Werkstatt.Service.Workshop;

/// <summary>The attendance page: the people of every member (registered participants first) and the days per member.</summary>
public sealed record AttendanceView(
    WerkstattAggregate Werkstatt, WorkshopAggregate Workshop, bool CanEdit, IReadOnlyList<AttendancePerson> People, IReadOnlyList<MemberAttendance> Members)
{
    public bool IsPresent(int day, AttendancePerson person) =>
        Workshop.Attendance.Any(a => a.Day == day && a.PersonId == person.PersonId && a.Present);

    public int PresentOn(int day) => Workshop.Attendance.Count(a => a.Day == day && a.Present);
}
