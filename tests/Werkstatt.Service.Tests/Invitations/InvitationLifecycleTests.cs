using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Werkstatt.Domain.Calendar;
using Werkstatt.Domain.Common;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Network;
using Werkstatt.Domain.Participants;
using Werkstatt.Service.Common;
using Werkstatt.Service.Mail;
using Werkstatt.Service.Networks;
using Werkstatt.Service.Notifications;
using Werkstatt.Service.Participants;
using Werkstatt.Service.Persistence;
using Werkstatt.Service.Invitations;
using Werkstatt.Service.Tests.Calendar;
using Werkstatt.Service.Werkstaetten;
using Werkstatt.Tests.Shared;

namespace Werkstatt.Service.Tests.Invitations;

/// <summary>
/// The life of an invitation over a real SMTP server on loopback: invite → double click → reschedule → remove one
/// attendee → cancel the workshop. Every message to every recipient exactly once, and every calendar passes the
/// independent checkers.
/// </summary>
public abstract class InvitationLifecycleTests(string provider) : InvitationScenario(provider)
{
    [Fact]
    public async Task Invite_reschedule_remove_and_cancel_send_the_right_messages_to_the_right_people_exactly_once()
    {
        var smtp = Own(await SmtpSink.StartAsync());
        await StartServicesAsync(new ManualTimeProvider(TestServices.DefaultNow), new Dictionary<string, string?>
        {
            ["Mail:Smtp:Host"] = "127.0.0.1",
            ["Mail:Smtp:Port"] = smtp.Port.ToString(CultureInfo.InvariantCulture),
            ["Mail:Smtp:StartTls"] = "false",
            ["Mail:Smtp:Timeout"] = "00:00:05",
        });

        var network = Ok(await Get<NetworkService>().CreateAsync(Actor.System, "Netz, Test; \"Nord\"", FederalState.NordrheinWestfalen));
        var coordinator = new Actor("c", "Koordination", network.Id, null, new HashSet<Role> { Role.Coordinator });
        var a = Ok(await Get<MemberService>().CreateAsync(coordinator, network.Id, new MemberInput("Stadt A", MemberLevel.Stadt, 40_000, 400)));
        var b = Ok(await Get<MemberService>().CreateAsync(coordinator, network.Id, new MemberInput("Stadt B", MemberLevel.Stadt, 30_000, 300)));
        var anna = await PersonAsync(network.Id, a.Id, "Anna Äbel", "anna@a.example");
        var bernd = await PersonAsync(network.Id, a.Id, "Bernd Berg", "bernd@a.example");
        var clara = await PersonAsync(network.Id, b.Id, "Müller, Clara \"Cl\"\r\nATTENDEE:mailto:evil@example.org", "clara@b.example");
        var plan = Ok(await Get<WerkstattService>().PlanAsync(coordinator, new PlanWerkstatt(network.Id, "Bürgerservice; Meldewesen, digital 🎉", new DateOnly(2027, 3, 29), 2, WorkshopFormat.Online, "https://meet.example/w?x=1", null)));
        var id = plan.Werkstatt.Id;
        var managerOfA = new Actor("a", "PM A", network.Id, a.Id, new HashSet<Role> { Role.ProcessManager });
        Ok(await Get<ParticipantService>().AddAsync(managerOfA, id, new ParticipantInput(anna.Id.Value, ParticipantRole.ProcessManager, "Prozessmanagement", null)));
        Ok(await Get<ParticipantService>().AddAsync(managerOfA, id, new ParticipantInput(bernd.Id.Value, ParticipantRole.Expert, "Meldewesen", null)));
        Ok(await Get<ParticipantService>().AddAsync(coordinator, id, new ParticipantInput(clara.Id.Value, ParticipantRole.Expert, null, null)));

        // Invite, twice (double click): 3 people × 2 days, once.
        Assert.Equal(6, Ok(await Get<InvitationService>().SendAsync(coordinator, id)));
        Assert.Equal(0, Ok(await Get<InvitationService>().SendAsync(coordinator, id)));
        await DispatchAsync(6, smtp);

        // Reschedule both days by a week: REQUEST, same UIDs, SEQUENCE 1, to all.
        var view = Ok(await Get<WerkstattService>().GetAsync(coordinator, id));
        Ok(await Get<WerkstattService>().UpdateAsync(coordinator, id, new UpdateWerkstatt(view.Werkstatt.Title, OneWeekLater(view.Werkstatt.Schedule), WorkshopFormat.Online, "https://meet.example/w?x=1", null, view.Werkstatt.Version)));
        await DispatchAsync(12, smtp);

        // Bernd leaves: CANCEL to him only.
        var participant = (await Get<ParticipantService>().ListAsync(coordinator, id)).Value!.Rows.Single(r => r.Person.Id == bernd.Id).Participant;
        Ok(await Get<ParticipantService>().RemoveAsync(managerOfA, participant.Id, participant.Version));
        await DispatchAsync(14, smtp);

        // The workshop is cancelled: CANCEL, STATUS:CANCELLED, SEQUENCE 2, to the remaining two.
        view = Ok(await Get<WerkstattService>().GetAsync(coordinator, id));
        Ok(await Get<WerkstattService>().CancelAsync(coordinator, id, "Zu wenige Themen", view.Werkstatt.Version));
        var received = await DispatchAsync(18, smtp);
        Assert.Equal(0, Ok(await Get<InvitationService>().SendAsync(coordinator, id).ContinueWith(t => t.Result.IsSuccess ? t.Result : Result<int>.Ok(0), TaskScheduler.Default)));

        var seen = received.Select(m => (To: m.EnvelopeTo.Single(), Method: m.CalendarMethod, Uid: Prop(m.Calendar!, "UID"), Seq: Prop(m.Calendar!, "SEQUENCE"), Status: Prop(m.Calendar!, "STATUS"))).ToList();
        Assert.Equal(seen.Count, seen.Distinct().Count());
        var expected = new List<(string, string?, string, string, string)>();
        foreach (var day in new[] { 1, 2 })
        {
            var uid = $"werkstatt-{id.Value:N}-tag{day}@localhost";
            foreach (var to in new[] { "anna@a.example", "bernd@a.example", "clara@b.example" })
            {
                expected.Add((to, "REQUEST", uid, "0", "CONFIRMED"));
                expected.Add((to, "REQUEST", uid, "1", "CONFIRMED"));
            }

            expected.Add(("bernd@a.example", "CANCEL", uid, "1", "CONFIRMED"));
            expected.Add(("anna@a.example", "CANCEL", uid, "2", "CANCELLED"));
            expected.Add(("clara@b.example", "CANCEL", uid, "2", "CANCELLED"));
        }

        Assert.Equal(expected.Order().ToList(), seen.Order().ToList());
        Assert.All(received, m =>
        {
            Assert.Equal(["multipart/mixed", "multipart/alternative", "text/plain", "text/html", "text/calendar", "application/ics"], m.Parts);
            Assert.Contains($"METHOD:{m.CalendarMethod}\r\n", m.Calendar, StringComparison.Ordinal);
        });
        var bernds = received.Where(m => m.CalendarMethod == "CANCEL" && m.EnvelopeTo.Contains("bernd@a.example")).ToList();
        Assert.All(bernds, m => Assert.Single(m.Calendar!.Replace("\r\n ", string.Empty, StringComparison.Ordinal).Split("\r\n"), l => l.StartsWith("ATTENDEE", StringComparison.Ordinal)));

        var checks = await CalendarCheckers.CheckAsync(received.Select(m => m.Calendar!).ToList());
        Assert.All(checks.Python, r => Assert.True(r.GetProperty("libicalOk").GetBoolean(), r.ToString()));
        Assert.All(checks.IcalJs, r => Assert.True(r.GetProperty("ok").GetBoolean(), r.ToString()));
        var firstDay = checks.IcalJs.Zip(received).First(x => x.Second.CalendarMethod == "REQUEST" && Prop(x.Second.Calendar!, "SEQUENCE") == "0" && x.Second.Calendar!.Contains("tag1@", StringComparison.Ordinal)).First;
        Assert.Equal(BerlinTime.ToUtc(new DateOnly(2027, 3, 29), new TimeOnly(9, 0)).UtcDateTime, DateTime.Parse(firstDay.GetProperty("events")[0].GetProperty("start").GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal));
        Assert.Equal(3, firstDay.GetProperty("events")[0].GetProperty("attendees").GetArrayLength());
    }

    private static string Prop(string calendar, string name) =>
        calendar.Replace("\r\n ", string.Empty, StringComparison.Ordinal).Split("\r\n").First(l => l.StartsWith(name + ":", StringComparison.Ordinal))[(name.Length + 1)..];

    private async Task<IReadOnlyList<ReceivedMail>> DispatchAsync(int total, SmtpSink smtp)
    {
        await using (var scope = Services.CreateAsyncScope())
        {
            while (await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().DispatchOnceAsync("test") > 0)
            {
            }
        }

        var received = await smtp.WaitForAsync(total, TimeSpan.FromSeconds(10));
        Assert.Equal(total, received.Count);
        await using var check = Services.CreateAsyncScope();
        var db = check.ServiceProvider.GetRequiredService<WerkstattDbContext>();
        Assert.Equal(total, await db.Set<OutboxMessage>().CountAsync(m => m.CalendarMethod != null && m.Status == OutboxStatus.Sent));
        return received;
    }
}

public sealed class SqliteInvitationLifecycleTests() : InvitationLifecycleTests(SqliteWerkstattDbContext.Name);

public sealed class PostgresInvitationLifecycleTests() : InvitationLifecycleTests(PostgresWerkstattDbContext.Name);
