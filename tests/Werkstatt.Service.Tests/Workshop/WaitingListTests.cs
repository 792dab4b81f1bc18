using Microsoft.EntityFrameworkCore;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Network;
using Werkstatt.Domain.Participants;
using Werkstatt.Service.Common;
using Werkstatt.Service.Invitations;
using Werkstatt.Service.Networks;
using Werkstatt.Service.Notifications;
using Werkstatt.Service.Participants;
using Werkstatt.Service.Persistence;
using Werkstatt.Service.Tests.Voting;
using Werkstatt.Service.Werkstaetten;
using Werkstatt.Service.Workshop;

namespace Werkstatt.Service.Tests.Workshop;

/// <summary>
/// The room's capacity and the waiting list, with the invitations they imply: waiting people get nothing until they
/// move up (a removal or a larger room), then their invitation. Real store per provider.
/// </summary>
public abstract class WaitingListTests(string provider) : WorkshopScenario(provider)
{
    [Fact]
    public async Task Registrations_beyond_capacity_wait_and_move_up_with_their_invitation_when_a_seat_frees()
    {
        var plan = CycleFixture.Ok(await Fixture.Get<WerkstattService>().PlanAsync(Fixture.Net.Coordinator, new PlanWerkstatt(Fixture.Net.Network.Id, "Vor Ort", new DateOnly(2027, 10, 12), 1, WorkshopFormat.InPerson, null, "Rathaus Musterstadt")));
        var id = plan.Werkstatt.Id;
        var workshops = Fixture.Get<WorkshopService>();
        var v = CycleFixture.Ok(await workshops.SetCapacityAsync(Fixture.Net.Coordinator, id, 2, 0)).Version;
        var anna = await RegisterAsync(id, "Anna");
        await RegisterAsync(id, "Bernd");
        var clara = await RegisterAsync(id, "Clara");
        Assert.Equal(2, CycleFixture.Ok(await Fixture.Get<InvitationService>().SendAsync(Fixture.Net.Coordinator, id)));
        Assert.Equal(new int?[] { null, null, 1 }, await PositionsAsync(id, "Anna", "Bernd", "Clara"));
        Assert.DoesNotContain(await RecipientsAsync("REQUEST"), r => r == "clara@stadt-a.de");

        // Anna leaves: she gets the cancellation, Clara moves up and gets her invitation.
        var participant = (await Fixture.Get<ParticipantService>().ListAsync(Fixture.Net.Coordinator, id)).Value!.Rows.Single(r => r.Person.Id == anna).Participant;
        CycleFixture.Ok(await Fixture.Get<ParticipantService>().RemoveAsync(Fixture.Net.ManagerOfA, participant.Id, participant.Version));
        Assert.Equal(new int?[] { null, null }, await PositionsAsync(id, "Bernd", "Clara"));
        Assert.Contains("clara@stadt-a.de", await RecipientsAsync("REQUEST"));
        Assert.Equal("anna@stadt-a.de", Assert.Single(await RecipientsAsync("CANCEL")));

        // Dora waits; a larger room seats her and invites her, exactly once.
        await RegisterAsync(id, "Dora");
        Assert.Equal(new int?[] { 1 }, await PositionsAsync(id, "Dora"));
        Assert.Equal(3, (await RecipientsAsync("REQUEST")).Count);
        v = CycleFixture.Ok(await workshops.SetCapacityAsync(Fixture.Net.Coordinator, id, 3, v)).Version;
        Assert.Equal(4, (await RecipientsAsync("REQUEST")).Count);
        Assert.Contains("dora@stadt-a.de", await RecipientsAsync("REQUEST"));

        var below = await workshops.SetCapacityAsync(Fixture.Net.Coordinator, id, 2, v);
        Assert.Equal("RoomCapacityCannotFallBelowTheSeated", below.Error?.Code);
        var byManager = await workshops.SetCapacityAsync(Fixture.Net.ManagerOfA, id, 5, v);
        Assert.Equal(ErrorKind.Forbidden, byManager.Error?.Kind);
        _ = clara;
    }

    [Fact]
    public async Task Online_workshops_have_no_capacity_and_carry_the_meeting_link()
    {
        var refused = await Fixture.Get<WorkshopService>().SetCapacityAsync(Fixture.Net.Coordinator, Fixture.WerkstattId, 20, 0);

        Assert.Equal("RoomCapacityOnlyForInPersonWorkshops", refused.Error?.Code);
        var werkstatt = CycleFixture.Ok(await Fixture.Get<WerkstattService>().GetAsync(Fixture.Net.Coordinator, Fixture.WerkstattId)).Werkstatt;
        var content = await Fixture.Get<InvitationSync>().ContentAsync(werkstatt, TestContext.Current.CancellationToken);
        Assert.Equal("https://meet.example/t", content.MeetingLink);
        Assert.All(content.Days(), d => Assert.Equal("https://meet.example/t", d.Link));
    }

    private async Task<PersonId> RegisterAsync(WerkstattId id, string name)
    {
        Fixture.Net.Clock.Advance(TimeSpan.FromMinutes(1));
        var person = CycleFixture.Ok(await Fixture.Get<PersonService>().CreateAsync(Fixture.Net.Coordinator, Fixture.Net.Network.Id, new PersonInput(Fixture.Net.StadtA.Id, name, $"{name.ToLowerInvariant()}@stadt-a.de", null)));
        CycleFixture.Ok(await Fixture.Get<ParticipantService>().AddAsync(Fixture.Net.ManagerOfA, id, new ParticipantInput(person.Id.Value, ParticipantRole.Expert, null, null)));
        return person.Id;
    }

    private async Task<List<int?>> PositionsAsync(WerkstattId id, params string[] names)
    {
        var rows = (await Fixture.Get<ParticipantService>().ListAsync(Fixture.Net.Coordinator, id)).Value!.Rows;
        return names.Select(n => rows.Single(r => r.Person.Name == n).WaitingPosition).ToList();
    }

    private async Task<List<string>> RecipientsAsync(string method) =>
        (await Fixture.Get<WerkstattDbContext>().Set<OutboxMessage>().AsNoTracking().Where(m => m.CalendarMethod == method).Select(m => m.ToAddress).ToListAsync()).Order(StringComparer.Ordinal).ToList();
}

public sealed class SqliteWaitingListTests() : WaitingListTests(SqliteWerkstattDbContext.Name);

public sealed class PostgresWaitingListTests() : WaitingListTests(PostgresWerkstattDbContext.Name);
