using Werkstatt.Domain.Assignment;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Network;
using Werkstatt.Service.Networks;
using Werkstatt.Service.Overview;
using Werkstatt.Service.Persistence;
using Werkstatt.Service.Staffing;
using Werkstatt.Service.Submissions;
using Werkstatt.Service.Tests.Voting;
using Werkstatt.Service.Werkstaetten;
using Werkstatt.Service.Workshop;

namespace Werkstatt.Service.Tests.Overview;

/// <summary>Attendance in the network overview: days attended of days invited, per Werkstatt and over the year, on one provider.</summary>
public abstract class AttendanceStatisticsTests(string provider) : IAsyncLifetime
{
    private CycleFixture _f = null!;

    public async ValueTask InitializeAsync() => _f = await CycleFixture.CreateAsync(provider);

    public async ValueTask DisposeAsync() => await _f.DisposeAsync();

    [Fact]
    public async Task Attendance_counts_days_with_someone_present_of_the_days_held_so_far()
    {
        var processes = await _f.ToAssignmentAsync(("Wohngeld", 1, [MemberLevel.Stadt], false));
        await _f.DeclareAsync(_f.Net.ManagerOfA, _f.Net.StadtA.Id, 1, (processes[0], Bid.Want));
        var assignment = _f.Get<AssignmentService>();
        var board = CycleFixture.Ok(await assignment.SolveAsync(_f.Net.Coordinator, _f.WerkstattId, 0));
        CycleFixture.Ok(await assignment.ConfirmAsync(_f.Net.Coordinator, _f.WerkstattId, board.Plan.Version));
        var people = _f.Get<PersonService>();
        var a1 = CycleFixture.Ok(await people.CreateAsync(_f.Net.Coordinator, _f.Net.Network.Id, new PersonInput(_f.Net.StadtA.Id, "Anna Ärger", "anna@stadt-a.example", "Prozessmanagerin")));
        var a2 = CycleFixture.Ok(await people.CreateAsync(_f.Net.Coordinator, _f.Net.Network.Id, new PersonInput(_f.Net.StadtA.Id, "Bernd Groß", "bernd@stadt-a.example", "Fachexperte")));
        var b1 = CycleFixture.Ok(await people.CreateAsync(_f.Net.Coordinator, _f.Net.Network.Id, new PersonInput(_f.Net.StadtB.Id, "Cem Öztürk", "cem@stadt-b.example", "Prozessmanager")));
        var overview = _f.Get<NetworkOverviewService>();
        var schedule = CycleFixture.Ok(await _f.Get<WerkstattService>().GetAsync(_f.Net.Coordinator, _f.WerkstattId)).Werkstatt.Schedule;
        Assert.NotNull(schedule.Day2Start);

        var planned = CycleFixture.Ok(await overview.GetAsync(_f.ManagerOfB, _f.Net.Network.Id, new OverviewQuery(2027)));
        Assert.Empty(planned.AttendanceWerkstaetten);
        Assert.All(planned.Attendance, a => Assert.Null(a.Rate));

        await _f.MoveToAsync(Phase.QualityReview);
        CycleFixture.Ok(await _f.Get<ReviewService>().ExcuseAsync(_f.Net.Coordinator, _f.WerkstattId, processes[0].Id, _f.Net.StadtA.Id, "Personalausfall", 0));
        _f.Net.Clock.SetUtcNow(schedule.Day1Start);
        await _f.MoveToAsync(Phase.Workshop);
        var workshop = _f.Get<WorkshopService>();
        var version = 0;
        foreach (var (day, person) in new[] { (1, a1), (1, a2), (1, b1), (2, a1) })
        {
            version = CycleFixture.Ok(await workshop.RecordAttendanceAsync(_f.Net.Coordinator, _f.WerkstattId, day, person.Id, true, version)).Version;
        }

        var firstDay = CycleFixture.Ok(await overview.GetAsync(_f.ManagerOfB, _f.Net.Network.Id, new OverviewQuery(2027)));
        Assert.Equal(_f.WerkstattId, Assert.Single(firstDay.AttendanceWerkstaetten).Id);
        Assert.Equal((1, 1), Days(firstDay, _f.Net.StadtA.Id)); // the mark for day 2 does not count before day 2 began
        Assert.Equal((1, 1), Days(firstDay, _f.Net.StadtB.Id));
        Assert.Equal((0, 1), Days(firstDay, _f.Kreis.Id));

        _f.Net.Clock.SetUtcNow(schedule.Day2Start!.Value.AddHours(1));
        var both = CycleFixture.Ok(await overview.GetAsync(_f.ManagerOfB, _f.Net.Network.Id, new OverviewQuery(2027)));
        Assert.Equal((2, 2), Days(both, _f.Net.StadtA.Id));
        var b = both.Attendance.Single(r => r.MemberId == _f.Net.StadtB.Id);
        Assert.Equal((1, 2, 0.5), (b.Attended, b.Invited, b.Rate));
        Assert.Equal(new AttendanceCell(1, 2), Assert.Single(b.Cells));
        Assert.Equal(0.0, both.Attendance.Single(r => r.MemberId == _f.Kreis.Id).Rate);

        // Another year has nothing held.
        Assert.Empty(CycleFixture.Ok(await overview.GetAsync(_f.ManagerOfB, _f.Net.Network.Id, new OverviewQuery(2028))).AttendanceWerkstaetten);
    }

    private static (int Attended, int Invited) Days(NetworkOverview overview, MemberId member)
    {
        var row = overview.Attendance.Single(r => r.MemberId == member);
        return (row.Attended, row.Invited);
    }
}

public sealed class SqliteAttendanceStatisticsTests() : AttendanceStatisticsTests(SqliteWerkstattDbContext.Name);

public sealed class PostgresAttendanceStatisticsTests() : AttendanceStatisticsTests(PostgresWerkstattDbContext.Name);
