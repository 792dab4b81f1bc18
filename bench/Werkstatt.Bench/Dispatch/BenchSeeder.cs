using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Werkstatt.Domain.Calendar;
using Werkstatt.Domain.Common;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Network;
using Werkstatt.Service.Accounts;
using Werkstatt.Service.Jobs;
using Werkstatt.Service.Persistence;
using WerkstattAggregate = Werkstatt.Domain.Cycle.Werkstatt;

namespace Werkstatt.Bench.Dispatch;

/// <summary>
/// Networks with one member, <c>people</c> process managers (logins without passwords, inserted directly) and one
/// Werkstatt in Voting each, whose voting reminder falls due at the given time. Only the voting reminder and the
/// voting deadline are planned (the other offsets are switched off), so Quartz holds two jobs per Werkstatt.
/// </summary>
public static class BenchSeeder
{
    public static async Task SeedNetworkAsync(WerkstattDbContext db, int index, int people, string processManagerRoleId, DateTimeOffset reminderDue, DateTimeOffset now)
    {
        var network = Network.Create($"Netzwerk {index:0000}", FederalState.NordrheinWestfalen, now);
        db.Networks.Add(network);
        var member = Member.Create(network.Id, $"Stadt {index:0000}", MemberLevel.Stadt, 50_000, 500);
        db.Members.Add(member);
        db.Set<ReminderSettings>().Add(new ReminderSettings
        {
            NetworkId = network.Id.Value, VotingDays = "2", ModellingDays = string.Empty, ReviewDays = string.Empty,
            WorkshopDays = string.Empty, FollowUpDays = string.Empty, EscalationDays = 0,
        });
        for (var p = 0; p < people; p++)
        {
            var email = $"pm{p:000}@stadt{index:0000}.example";
            var person = Person.Create(network.Id, member.Id, $"Prozessmanagement {p:000} Stadt {index:0000}", email, null);
            db.People.Add(person);
            var user = new AppUser
            {
                Id = Guid.NewGuid().ToString(), UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email,
                NormalizedEmail = email.ToUpperInvariant(), PersonId = person.Id.Value, DisplayName = person.Name, SecurityStamp = Guid.NewGuid().ToString(),
            };
            db.Users.Add(user);
            db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = processManagerRoleId });
        }

        var votingCloses = reminderDue.AddDays(2);
        var day1 = BerlinTime.DateOf(votingCloses).AddDays(60);
        var schedule = Schedule.Create(
            now.AddDays(-10), votingCloses, votingCloses.AddDays(7), votingCloses.AddDays(30), votingCloses.AddDays(40), votingCloses.AddDays(50),
            BerlinTime.ToUtc(day1, new TimeOnly(9, 0)), BerlinTime.ToUtc(day1, new TimeOnly(16, 0)), null, null, BerlinTime.ToUtc(day1.AddDays(20), new TimeOnly(23, 59)));
        var werkstatt = WerkstattAggregate.Plan(network.Id, $"Prozesswerkstatt {index:0000}", schedule, Venue.Online("https://meet.example/bench"), now);
        werkstatt.MoveTo(Phase.TopicCollection, now);
        werkstatt.MoveTo(Phase.Voting, now);
        db.Werkstaetten.Add(werkstatt);
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
    }

    public static async Task<string> ProcessManagerRoleAsync(WerkstattDbContext db) =>
        await db.Roles.Where(r => r.Name == nameof(Role.ProcessManager)).Select(r => r.Id).SingleAsync();
}
