using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Werkstatt.Domain.Calendar;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Invitations;
using Werkstatt.Domain.Network;
using Werkstatt.Domain.Participants;
using Werkstatt.Service.Common;
using Werkstatt.Service.Invitations;
using Werkstatt.Service.Microsoft365;
using Werkstatt.Service.Networks;
using Werkstatt.Service.Notifications;
using Werkstatt.Service.Participants;
using Werkstatt.Service.Persistence;
using Werkstatt.Service.Tests.Invitations;
using Werkstatt.Service.Werkstaetten;
using Werkstatt.Tests.Shared;

namespace Werkstatt.Service.Tests.Microsoft365;

/// <summary>
/// Invitations through Microsoft Graph against the fake Graph on loopback: create (Teams, Berlin times, attendees,
/// transactionId; 429 retried after Retry-After), attendee change, reschedule (PATCH of only what changed, Teams block
/// kept), failure after the last retry and the coordinator's retry, cancellation with a German comment.
/// </summary>
public abstract class GraphDeliveryTests(string provider) : InvitationScenario(provider)
{
    [Fact]
    public async Task Graph_delivery_creates_patches_and_cancels_the_events_and_never_mails_the_attendees_itself()
    {
        var graph = Own(await FakeGraphServer.StartAsync());
        await StartServicesAsync(
            settings: new Dictionary<string, string?> { ["Jobs:MaxAttempts"] = "1" },
            configure: s => s.Replace(ServiceDescriptor.Singleton(graph.HandlerFactory())));

        var network = Ok(await Get<NetworkService>().CreateAsync(Actor.System, "Netz Süd", FederalState.Bayern));
        var configuration = Services.GetRequiredService<IConfiguration>();
        foreach (var (key, value) in graph.Settings(network.Id.Value))
        {
            configuration[key] = value;
        }

        var coordinator = new Actor("c", "Koordination", network.Id, null, new HashSet<Role> { Role.Coordinator });
        var member = Ok(await Get<MemberService>().CreateAsync(coordinator, network.Id, new MemberInput("Stadt A", MemberLevel.Stadt, 40_000, 400)));
        var anna = await PersonAsync(network.Id, member.Id, "Anna Äbel", "anna@a.example");
        var bernd = await PersonAsync(network.Id, member.Id, "Bernd Berg", "bernd@a.example");
        var plan = Ok(await Get<WerkstattService>().PlanAsync(coordinator, new PlanWerkstatt(network.Id, "Meldewesen digital", new DateOnly(2027, 3, 29), 2, WorkshopFormat.InPerson, null, "Rathaus Süd\nRaum 1")));
        var id = plan.Werkstatt.Id;
        Ok(await Get<ParticipantService>().AddAsync(coordinator, id, new ParticipantInput(anna.Id.Value, ParticipantRole.ProcessManager, null, null)));
        Ok(await Get<ParticipantService>().AddAsync(coordinator, id, new ParticipantInput(bernd.Id.Value, ParticipantRole.Expert, null, null)));

        var chosen = Ok(await Get<InvitationService>().ChooseDeliveryAsync(coordinator, id, CalendarDelivery.Graph, teamsMeeting: true, expectedVersion: 0));
        Assert.Equal(2, Ok(await Get<InvitationService>().SendAsync(coordinator, id)));
        Assert.Equal(0, await CountAsync<OutboxMessage>(m => m.WerkstattId == id.Value));

        // Day 1 meets 429 (Retry-After: 1 s), then a 504 after Graph already made the event: the retry finds it by transactionId.
        graph.FailNext("POST", "/events", 429, retryAfterSeconds: 1);
        graph.FailNext("POST", "/events", 504, retryAfterSeconds: 0, afterHandling: true);
        await RunGraphAsync();

        var creates = graph.GraphRequests("POST").Where(r => r.Path.EndsWith("/events", StringComparison.Ordinal)).ToList();
        Assert.Equal(4, creates.Count);
        Assert.All(creates, r => Assert.Equal("/v1.0/users/werkstatt@netz.example/events", r.Path));
        Assert.All(creates, r => Assert.Equal("Bearer fake-graph-token", r.Authorization));
        Assert.True(creates[1].At - creates[0].At >= TimeSpan.FromSeconds(0.9), "Retry-After of 1 s was not honoured");
        var transactions = creates.Select(r => r.Json["transactionId"]!.GetValue<string>()).ToList();
        Assert.Equal([$"werkstatt-{id.Value:N}-tag1", $"werkstatt-{id.Value:N}-tag1", $"werkstatt-{id.Value:N}-tag1", $"werkstatt-{id.Value:N}-tag2"], transactions);
        Assert.Equal(2, graph.Events.Count);

        var first = creates[0].Json;
        Assert.Equal("Meldewesen digital (Tag 1 von 2)", first["subject"]!.GetValue<string>());
        Assert.Equal("2027-03-29T09:00:00", first["start"]!["dateTime"]!.GetValue<string>());
        Assert.Equal("W. Europe Standard Time", first["start"]!["timeZone"]!.GetValue<string>());
        Assert.Equal("W. Europe Standard Time", first["end"]!["timeZone"]!.GetValue<string>());
        Assert.True(first["isOnlineMeeting"]!.GetValue<bool>());
        Assert.Equal("teamsForBusiness", first["onlineMeetingProvider"]!.GetValue<string>());
        Assert.Equal("Rathaus Süd, Raum 1", first["location"]!["displayName"]!.GetValue<string>());
        Assert.Equal(["anna@a.example", "bernd@a.example"], Attendees(first));
        Assert.Equal("required", first["attendees"]![0]!["type"]!.GetValue<string>());
        Assert.Equal("html", first["body"]!["contentType"]!.GetValue<string>(), ignoreCase: true);
        Assert.Contains("Montag, 29.03.2027, 09:00", first["body"]!["content"]!.GetValue<string>(), StringComparison.Ordinal);

        var calendar = await CalendarAsync(id);
        Assert.Null(calendar.GraphDueAt);
        Assert.Null(calendar.GraphError);
        Assert.All(calendar.Days, d => Assert.StartsWith("https://teams.microsoft.com/l/meetup-join/", d.JoinUrl, StringComparison.Ordinal));
        Assert.Equal(graph.Events.Select(e => e["id"]!.GetValue<string>()).Order(), calendar.Days.Select(d => d.GraphEventId!).Order());

        // Nothing changed: a second pass writes nothing.
        Ok(await Get<InvitationService>().SendAsync(coordinator, id));
        var before = graph.Requests.Count;
        await RunGraphAsync();
        Assert.Equal(before, graph.Requests.Count);

        // Bernd leaves: one PATCH per day with the attendees only.
        var row = Ok(await Get<ParticipantService>().ListAsync(coordinator, id)).Rows.Single(r => r.Person.Id == bernd.Id).Participant;
        Ok(await Get<ParticipantService>().RemoveAsync(coordinator, row.Id, row.Version));
        await RunGraphAsync();
        var patches = graph.GraphRequests("PATCH");
        Assert.Equal(2, patches.Count);
        Assert.All(patches, p => Assert.Equal(["attendees"], Fields(p.Json)));
        Assert.All(patches, p => Assert.Equal(["anna@a.example"], Attendees(p.Json)));

        // Reschedule by a week: start, end and body (it names the date) – and the body keeps the Teams block.
        var view = Ok(await Get<WerkstattService>().GetAsync(coordinator, id));
        Ok(await Get<WerkstattService>().UpdateAsync(coordinator, id, new UpdateWerkstatt(view.Werkstatt.Title, OneWeekLater(view.Werkstatt.Schedule), WorkshopFormat.InPerson, null, "Rathaus Süd\nRaum 1", view.Werkstatt.Version)));
        await RunGraphAsync();
        patches = graph.GraphRequests("PATCH").Skip(2).ToList();
        Assert.Equal(2, patches.Count);
        Assert.All(patches, p => Assert.Equal(["body", "end", "start"], Fields(p.Json)));
        var day1 = patches.Single(p => p.Path.EndsWith(calendar.Days.Single(d => d.Number == 1).GraphEventId!, StringComparison.Ordinal)).Json;
        Assert.Equal("2027-04-05T09:00:00", day1["start"]!["dateTime"]!.GetValue<string>());
        var body = day1["body"]!["content"]!.GetValue<string>();
        Assert.Contains("05.04.2027", body, StringComparison.Ordinal);
        Assert.Contains(calendar.Days.Single(d => d.Number == 1).JoinUrl!, body, StringComparison.Ordinal);
        Assert.Contains("Microsoft Teams-Besprechung", body, StringComparison.Ordinal);
        Assert.DoesNotContain("29.03.2027", body, StringComparison.Ordinal);

        // Bernd comes back while Graph is down: after the last retry the coordinator sees it, and can retry.
        graph.FailNext("PATCH", string.Empty, 503, retryAfterSeconds: 0);
        graph.FailNext("PATCH", string.Empty, 503, retryAfterSeconds: 0);
        graph.FailNext("PATCH", string.Empty, 503, retryAfterSeconds: 0);
        Ok(await Get<ParticipantService>().AddAsync(coordinator, id, new ParticipantInput(bernd.Id.Value, ParticipantRole.Expert, null, null)));
        await RunGraphAsync();
        calendar = await CalendarAsync(id);
        Assert.Null(calendar.GraphDueAt);
        Assert.Contains("503", calendar.GraphError, StringComparison.Ordinal);
        Ok(await Get<InvitationService>().RetryGraphAsync(coordinator, id));
        await RunGraphAsync();
        calendar = await CalendarAsync(id);
        Assert.Null(calendar.GraphError);
        Assert.All(graph.Events, e => Assert.Equal(["anna@a.example", "bernd@a.example"], Attendees(e)));

        // Cancelled: one cancel per event with a German comment; still nothing through our outbox.
        view = Ok(await Get<WerkstattService>().GetAsync(coordinator, id));
        Ok(await Get<WerkstattService>().CancelAsync(coordinator, id, "Zu wenige Themen", view.Werkstatt.Version));
        await RunGraphAsync();
        var cancels = graph.GraphRequests("POST").Where(r => r.Path.EndsWith("/cancel", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, cancels.Count);
        Assert.All(cancels, c => Assert.Contains("findet nicht statt", c.Json["Comment"]!.GetValue<string>(), StringComparison.Ordinal));
        Assert.Contains("Montag, 05.04.2027", cancels.Select(c => c.Json["Comment"]!.GetValue<string>()).Single(c => c.Contains("(Tag 1 von 2)", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.All(graph.Events, e => Assert.True(e["isCancelled"]!.GetValue<bool>()));
        Assert.Equal(0, await CountAsync<OutboxMessage>(m => m.WerkstattId == id.Value));
        Assert.True(chosen.TeamsMeeting);
    }

    [Fact]
    public async Task Delivery_cannot_be_Microsoft_365_for_a_network_without_it_nor_change_after_sending()
    {
        await StartServicesAsync();
        var network = Ok(await Get<NetworkService>().CreateAsync(Actor.System, "Netz Nord", FederalState.Bayern));
        var coordinator = new Actor("c", "Koordination", network.Id, null, new HashSet<Role> { Role.Coordinator });
        var plan = Ok(await Get<WerkstattService>().PlanAsync(coordinator, new PlanWerkstatt(network.Id, "Gewerbe", new DateOnly(2027, 3, 29), 1, WorkshopFormat.InPerson, null, "Rathaus")));

        var refused = await Get<InvitationService>().ChooseDeliveryAsync(coordinator, plan.Werkstatt.Id, CalendarDelivery.Graph, true, 0);
        Assert.Equal("GraphDeliveryNeedsMicrosoft365", refused.Error?.Code);
        var member = new Actor("m", "Mitglied", network.Id, null, new HashSet<Role> { Role.ProcessManager });
        Assert.Equal(ErrorKind.Forbidden, (await Get<InvitationService>().ChooseDeliveryAsync(member, plan.Werkstatt.Id, CalendarDelivery.Email, false, 0)).Error?.Kind);
        Assert.Equal(ErrorKind.Concurrency, (await Get<InvitationService>().ChooseDeliveryAsync(coordinator, plan.Werkstatt.Id, CalendarDelivery.Email, false, 5)).Error?.Kind);
        Assert.Equal(CalendarDelivery.Email, (await CalendarAsync(plan.Werkstatt.Id)).Delivery);
    }

    private static List<string> Attendees(JsonObject graphEvent) =>
        graphEvent["attendees"]!.AsArray().Select(a => a!["emailAddress"]!["address"]!.GetValue<string>()).Order(StringComparer.Ordinal).ToList();

    private static List<string> Fields(JsonObject body) => body.Select(p => p.Key).Where(k => !k.StartsWith('@')).Order(StringComparer.Ordinal).ToList();

    private async Task RunGraphAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<GraphCalendarSync>().RunDueAsync();
    }

    private async Task<WerkstattCalendar> CalendarAsync(WerkstattId id)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<WerkstattDbContext>().Set<WerkstattCalendar>().AsNoTracking().SingleOrDefaultAsync(c => c.WerkstattId == id)
            ?? WerkstattCalendar.For(id, default);
    }

    private async Task<int> CountAsync<T>(System.Linq.Expressions.Expression<Func<T, bool>> predicate)
        where T : class
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<WerkstattDbContext>().Set<T>().CountAsync(predicate);
    }
}

public sealed class SqliteGraphDeliveryTests() : GraphDeliveryTests(SqliteWerkstattDbContext.Name);

public sealed class PostgresGraphDeliveryTests() : GraphDeliveryTests(PostgresWerkstattDbContext.Name);
