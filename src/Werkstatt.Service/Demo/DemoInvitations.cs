using Werkstatt.Domain.Invitations;
using Werkstatt.Domain.Network;
using Werkstatt.Domain.Participants;
using Werkstatt.Service.Invitations;
using Werkstatt.Service.Persistence;
using WerkstattAggregate = Werkstatt.Domain.Cycle.Werkstatt;

namespace Werkstatt.Service.Demo;

/// <summary>
/// The online demo Werkstatt gets the process manager and the expert of four members (among them the demo logins of Stadt Musterstadt and Beispielburg) as participants, and its
/// invitations are sent: in the default run they appear as .eml files in ./data/mail.
/// </summary>
internal static class DemoInvitations
{
    private static readonly string[] Registered = ["Kreis Musterland", "Stadt Musterstadt", "Stadt Beispielburg", "Gemeinde Heidekamp"];

    public static async Task SeedAsync(WerkstattDbContext db, InvitationSync sync, WerkstattAggregate werkstatt, IReadOnlyList<Member> members, IReadOnlyList<Person> people, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var memberIds = members.Where(m => Registered.Contains(m.Name)).Select(m => m.Id).ToHashSet();
        var chosen = people.Where(p => p.MemberId is { } m && memberIds.Contains(m)).OrderBy(p => p.Email, StringComparer.Ordinal);
        foreach (var person in chosen)
        {
            var role = person.Email.StartsWith("pm@", StringComparison.Ordinal) ? ParticipantRole.ProcessManager : ParticipantRole.Expert;
            db.Add(Participant.Register(werkstatt.Id, werkstatt.Phase, werkstatt.NetworkId, person.Id, person.MemberId!.Value, role, person.Function, [], now, "Demo"));
        }

        var calendar = WerkstattCalendar.For(werkstatt.Id, werkstatt.NetworkId);
        db.Add(calendar);
        await sync.SyncAsync(werkstatt, calendar, send: true, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }
}
