using Microsoft.EntityFrameworkCore;
using Werkstatt.Domain.Invitations;
using Werkstatt.Domain.Participants;
using Werkstatt.Domain.Workshop;
using Werkstatt.Service.Dossiers;
using Werkstatt.Service.Invitations;
using Werkstatt.Service.Networks;
using Werkstatt.Service.Notifications;
using Werkstatt.Service.Participants;
using Werkstatt.Service.Persistence;
using Werkstatt.Service.Tests.Voting;
using Werkstatt.Service.Workshop;

namespace Werkstatt.Service.Tests.Workshop;

/// <summary>
/// The agenda in the invitations and the dossier: after the invitations went out, a changed time re-sends the day's
/// event with SEQUENCE+1 and the new timetable; a renamed slot sends nothing. Real store per provider.
/// </summary>
public abstract class AgendaInvitationTests(string provider) : WorkshopScenario(provider)
{
    [Fact]
    public async Task Only_a_change_of_times_resends_the_day_with_a_higher_sequence_and_the_new_timetable()
    {
        var anna = CycleFixture.Ok(await Fixture.Get<PersonService>().CreateAsync(Fixture.Net.Coordinator, Fixture.Net.Network.Id, new PersonInput(Fixture.Net.StadtA.Id, "Anna A", "anna@stadt-a.de", null)));
        CycleFixture.Ok(await Fixture.Get<ParticipantService>().AddAsync(Fixture.Net.ManagerOfA, Fixture.WerkstattId, new ParticipantInput(anna.Id.Value, ParticipantRole.ProcessManager, null, null)));
        Assert.Equal(2, CycleFixture.Ok(await Fixture.Get<InvitationService>().SendAsync(Fixture.Net.Coordinator, Fixture.WerkstattId)));

        var v = CycleFixture.Ok(await Service.SetAgendaAsync(Fixture.Net.Coordinator, Fixture.WerkstattId, 1, Day("Kaffee"), 0)).Version;
        var first = await RequestsAsync();
        Assert.Equal(3, first.Count);
        var update = Assert.Single(first.Select(Unfold), r => r.Contains("SEQUENCE:1", StringComparison.Ordinal));
        Assert.Contains("tag1@", update, StringComparison.Ordinal);
        Assert.Contains("09:00–09:30 Begrüßung", update, StringComparison.Ordinal);
        Assert.Contains("09:30–09:45 Kaffee", update, StringComparison.Ordinal);

        // A new title alone: nothing is sent, the sequence stays.
        v = CycleFixture.Ok(await Service.SaveSlotAsync(Fixture.Net.Coordinator, Fixture.WerkstattId, 1, 0, Day("Kaffee")[0] with { Title = "Willkommen" }, v)).Version;
        Assert.Equal(3, (await RequestsAsync()).Count);
        Assert.Equal([1, 0], await SequencesAsync());

        // Moving the break first changes the times: SEQUENCE 2 for day 1 only, with the new order.
        CycleFixture.Ok(await Service.MoveToAsync(Fixture.Net.Coordinator, Fixture.WerkstattId, 1, 1, 0, v));
        var second = await RequestsAsync();
        Assert.Equal(4, second.Count);
        var moved = Assert.Single(second.Select(Unfold), r => r.Contains("SEQUENCE:2", StringComparison.Ordinal));
        Assert.Contains("09:00–09:15 Kaffee", moved, StringComparison.Ordinal);
        Assert.Contains("09:15–09:45 Willkommen", moved, StringComparison.Ordinal);
        Assert.Equal([2, 0], await SequencesAsync());
    }

    [Fact]
    public async Task Nothing_is_sent_for_agenda_changes_before_the_invitations_went_out_and_the_dossier_shows_the_timetable()
    {
        CycleFixture.Ok(await Service.SetAgendaAsync(Fixture.Net.Coordinator, Fixture.WerkstattId, 2, Day("Kaffee"), 0));

        Assert.Empty(await RequestsAsync());
        var content = CycleFixture.Ok(await Fixture.Get<DossierAssembler>().AssembleAsync(Fixture.Net.ManagerOfA, Fixture.WerkstattId, null, TestContext.Current.CancellationToken));
        Assert.True(content.HasTimetable);
        Assert.Equal(["Begrüßung", "Kaffee", "Abschluss"], content.Agenda.Select(a => a.Title));
        Assert.Equal("09:30", Werkstatt.Domain.Common.BerlinTime.FormatTime(content.Agenda[1].Start));
    }

    private async Task<List<string>> RequestsAsync()
    {
        var db = Fixture.Get<WerkstattDbContext>();
        return (await db.Set<OutboxMessage>().AsNoTracking().Where(m => m.CalendarMethod == "REQUEST").ToListAsync())
            .Select(m => m.CalendarBody ?? string.Empty).ToList();
    }

    private async Task<List<int>> SequencesAsync()
    {
        var calendar = await Fixture.Get<WerkstattDbContext>().Set<WerkstattCalendar>().AsNoTracking().SingleAsync(c => c.WerkstattId == Fixture.WerkstattId);
        return calendar.Days.OrderBy(d => d.Number).Select(d => d.Sequence).ToList();
    }

    private static string Unfold(string calendar) =>
        calendar.Replace("\r\n ", string.Empty, StringComparison.Ordinal).Replace("\\n", "\n", StringComparison.Ordinal).Replace("\\,", ",", StringComparison.Ordinal);
}

public sealed class SqliteAgendaInvitationTests() : AgendaInvitationTests(SqliteWerkstattDbContext.Name);

public sealed class PostgresAgendaInvitationTests() : AgendaInvitationTests(PostgresWerkstattDbContext.Name);
