using Werkstatt.Domain.Network;
using Werkstatt.Domain.Workshop;
using Werkstatt.Service.Common;
using Werkstatt.Service.Networks;
using Werkstatt.Service.Persistence;
using Werkstatt.Service.Tests.Voting;
using Werkstatt.Service.Workshop;

namespace Werkstatt.Service.Tests.Workshop;

/// <summary>Agenda and attendance of the workshop days through the real service and store; run per provider.</summary>
public abstract class WorkshopDaysTests(string provider) : WorkshopScenario(provider)
{
    [Fact]
    public async Task Overlapping_agenda_is_refused_and_nothing_changes()
    {
        var saved = CycleFixture.Ok(await Service.SetAgendaAsync(Fixture.Net.Coordinator, Fixture.WerkstattId, 1, Day(), 0));
        AgendaItem[] overlapping = [Day()[0], Day()[1] with { Start = new TimeOnly(9, 20) }];

        var refused = await Service.SetAgendaAsync(Fixture.Net.Coordinator, Fixture.WerkstattId, 1, overlapping, saved.Version);

        Assert.Equal(ErrorKind.Validation, refused.Error?.Kind);
        Assert.Contains("überschneidet sich", refused.Error!.Message, StringComparison.Ordinal);
        var stored = CycleFixture.Ok(await Service.GetAsync(Fixture.Net.ManagerOfA, Fixture.WerkstattId)).Workshop.AgendaOf(1);
        Assert.Equal(["09:00", "09:30", "09:45"], stored.Select(e => e.Start.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task Moving_down_keeps_durations_and_recomputes_starts()
    {
        var saved = CycleFixture.Ok(await Service.SetAgendaAsync(Fixture.Net.Coordinator, Fixture.WerkstattId, 2, Day(), 0));

        var moved = CycleFixture.Ok(await Service.MoveAsync(Fixture.Net.Coordinator, Fixture.WerkstattId, 2, 0, up: false, saved.Version));

        var agenda = CycleFixture.Ok(await Service.GetAsync(Fixture.Net.ManagerOfA, Fixture.WerkstattId)).Workshop.AgendaOf(2);
        Assert.Equal(saved.Version + 1, moved.Version);
        Assert.Equal([AgendaEntryKind.Break, AgendaEntryKind.Opening, AgendaEntryKind.Closing], agenda.Select(e => e.Kind));
        Assert.Equal([15, 30, 45], agenda.Select(e => e.DurationMinutes));
        Assert.Equal([new TimeOnly(9, 0), new TimeOnly(9, 15), new TimeOnly(9, 45)], agenda.Select(e => e.Start));
    }

    [Fact]
    public async Task Only_the_coordination_changes_the_agenda_and_a_stale_version_conflicts()
    {
        var byManager = await Service.SetAgendaAsync(Fixture.Net.ManagerOfA, Fixture.WerkstattId, 1, Day(), 0);
        var saved = CycleFixture.Ok(await Service.SetAgendaAsync(Fixture.Net.Coordinator, Fixture.WerkstattId, 1, Day(), 0));
        var stale = await Service.MoveAsync(Fixture.Net.Coordinator, Fixture.WerkstattId, 1, 0, up: false, saved.Version - 1);
        var wrongDay = await Service.SetAgendaAsync(Fixture.Net.Coordinator, Fixture.WerkstattId, 3, Day(), saved.Version);

        Assert.Equal(ErrorKind.Forbidden, byManager.Error?.Kind);
        Assert.Equal(ErrorKind.Concurrency, stale.Error?.Kind);
        Assert.Equal(ErrorKind.Validation, wrongDay.Error?.Kind);
        Assert.True(CycleFixture.Ok(await Service.GetAsync(Fixture.Net.ExpertOfA, Fixture.WerkstattId)).Workshop.Entries.Count == 3);
    }

    [Fact]
    public async Task Attendance_is_recorded_by_the_coordination_only_and_counted_per_member()
    {
        var people = Fixture.Get<PersonService>();
        var anna = CycleFixture.Ok(await people.CreateAsync(Fixture.Net.Coordinator, Fixture.Net.Network.Id, new PersonInput(Fixture.Net.StadtA.Id, "Anna A", "anna@stadt-a.de", null)));
        var arne = CycleFixture.Ok(await people.CreateAsync(Fixture.Net.Coordinator, Fixture.Net.Network.Id, new PersonInput(Fixture.Net.StadtA.Id, "Arne A", "arne@stadt-a.de", null)));
        var bea = CycleFixture.Ok(await people.CreateAsync(Fixture.Net.Coordinator, Fixture.Net.Network.Id, new PersonInput(Fixture.Net.StadtB.Id, "Bea B", "bea@stadt-b.de", null)));

        var byManager = await Service.RecordAttendanceAsync(Fixture.Net.ManagerOfA, Fixture.WerkstattId, 1, anna.Id, true, 0);
        var v = CycleFixture.Ok(await Service.RecordAttendanceAsync(Fixture.Net.Coordinator, Fixture.WerkstattId, 1, anna.Id, true, 0)).Version;
        v = CycleFixture.Ok(await Service.RecordAttendanceAsync(Fixture.Net.Coordinator, Fixture.WerkstattId, 1, arne.Id, true, v)).Version;
        v = CycleFixture.Ok(await Service.RecordAttendanceAsync(Fixture.Net.Coordinator, Fixture.WerkstattId, 2, arne.Id, true, v)).Version;
        v = CycleFixture.Ok(await Service.RecordAttendanceAsync(Fixture.Net.Coordinator, Fixture.WerkstattId, 1, bea.Id, true, v)).Version;
        CycleFixture.Ok(await Service.RecordAttendanceAsync(Fixture.Net.Coordinator, Fixture.WerkstattId, 1, bea.Id, false, v));

        Assert.Equal(ErrorKind.Forbidden, byManager.Error?.Kind);
        var statistics = CycleFixture.Ok(await Service.StatisticsAsync(Fixture.Net.ManagerOfA, Fixture.WerkstattId)).ToDictionary(s => s.MemberId, s => s.DaysAttended);
        Assert.Equal(2, statistics[Fixture.Net.StadtA.Id]);
        Assert.Equal(0, statistics[Fixture.Net.StadtB.Id]);
        Assert.Equal(0, statistics[Fixture.Kreis.Id]);
    }

    [Fact]
    public async Task Attendance_is_refused_for_people_without_a_member()
    {
        var coordinatorPerson = CycleFixture.Ok(await Fixture.Get<PersonService>().CreateAsync(Fixture.Net.Coordinator, Fixture.Net.Network.Id, new PersonInput(null, "Kora K", "kora@netz.de", null)));

        var refused = await Service.RecordAttendanceAsync(Fixture.Net.Coordinator, Fixture.WerkstattId, 1, coordinatorPerson.Id, true, 0);
        var unknown = await Service.RecordAttendanceAsync(Fixture.Net.Coordinator, Fixture.WerkstattId, 1, PersonId.New(), true, 0);

        Assert.Equal(ErrorKind.Validation, refused.Error?.Kind);
        Assert.Equal(ErrorKind.Validation, unknown.Error?.Kind);
        Assert.Empty(CycleFixture.Ok(await Service.GetAsync(Fixture.Net.Coordinator, Fixture.WerkstattId)).Workshop.Attendance);
    }
}

public sealed class SqliteWorkshopDaysTests() : WorkshopDaysTests(SqliteWerkstattDbContext.Name);

public sealed class PostgresWorkshopDaysTests() : WorkshopDaysTests(PostgresWerkstattDbContext.Name);
