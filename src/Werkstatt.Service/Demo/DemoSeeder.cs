using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Werkstatt.Domain.Calendar;
using Werkstatt.Domain.Common;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Network;
using Werkstatt.Domain.Processes;
using Werkstatt.Domain.Workshop;
using Werkstatt.Service.Accounts;
using Werkstatt.Service.Invitations;
using Werkstatt.Service.Persistence;
using WerkstattAggregate = Werkstatt.Domain.Cycle.Werkstatt;

namespace Werkstatt.Service.Demo;

/// <summary>
/// A fictional network modelled on the articles (3 Kreise, 10 towns, in NRW) with a coordinator, a reviewer,
/// an admin and one process manager per member, and Werkstätten to look at. Runs only on an empty database.
/// </summary>
public sealed class DemoSeeder(WerkstattDbContext db, AccountService accounts, IOptions<DemoOptions> options, TimeProvider time, InvitationSync invitations)
{
    public const string NetworkName = "Prozessmanagement@Musterland";

    private static readonly (string Name, MemberLevel Level, int Population, int Staff)[] Members =
    [
        ("Kreis Musterland", MemberLevel.Kreis, 310_000, 1_450),
        ("Kreis Beispielheide", MemberLevel.Kreis, 265_000, 1_210),
        ("Rhein-Muster-Kreis", MemberLevel.Kreis, 440_000, 1_980),
        ("Stadt Musterstadt", MemberLevel.Stadt, 58_000, 610),
        ("Stadt Beispielburg", MemberLevel.Stadt, 41_500, 420),
        ("Stadt Neuhafen am Rhein", MemberLevel.Stadt, 102_000, 1_050),
        ("Stadt Altmühlen", MemberLevel.Stadt, 23_400, 240),
        ("Stadt Lindenfeld", MemberLevel.Stadt, 36_800, 355),
        ("Stadt Kleve-Mustern", MemberLevel.Stadt, 49_200, 480),
        ("Gemeinde Heidekamp", MemberLevel.Gemeinde, 12_300, 120),
        ("Gemeinde Wiesental", MemberLevel.Gemeinde, 9_800, 95),
        ("Gemeinde Brückenau", MemberLevel.Gemeinde, 15_600, 150),
        ("Gemeinde Eichenrode", MemberLevel.Gemeinde, 7_400, 70),
    ];

    /// <summary>Seeds once; returns the logins (also when the data was already there), or nothing when the demo is off.</summary>
    public async Task<IReadOnlyList<DemoLogin>> SeedAsync(CancellationToken cancellationToken = default)
    {
        if (!options.Value.Enabled)
        {
            return [];
        }

        var network = await db.Networks.FirstOrDefaultAsync(n => n.Name == NetworkName, cancellationToken);
        if (network is null)
        {
            if (await db.Networks.AnyAsync(cancellationToken))
            {
                return [];
            }

            await CreateAsync(cancellationToken);
        }

        return await LoginsAsync(cancellationToken);
    }

    private async Task CreateAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var password = options.Value.Password;
        var network = Network.Create(NetworkName, FederalState.NordrheinWestfalen, now);
        db.Networks.Add(network);
        var members = Members.Select(m => Member.Create(network.Id, m.Name, m.Level, m.Population, m.Staff)).ToList();
        db.Members.AddRange(members);
        await db.SaveChangesAsync(cancellationToken);

        await AddPersonAsync(network, null, "Katrin Koordinatorin", "koordination@musterland.example", "Koordination Kooperationsprojekt", Role.Coordinator, password, cancellationToken);
        await AddPersonAsync(network, null, "Quirin Qualität", "qs@beratung.example", "Beratung, Qualitätssicherung", Role.QualityReviewer, password, cancellationToken);
        await AddPersonAsync(network, null, "Anton Admin", "admin@musterland.example", "IT-Dienstleister", Role.Admin, password, cancellationToken);
        foreach (var member in members)
        {
            var slug = Slug(member.Name);
            await AddPersonAsync(network, member.Id, $"Prozessmanagement {member.Name}", $"pm@{slug}.example", "Organisation und Prozessmanagement", Role.ProcessManager, password, cancellationToken);
            var expert = Person.Create(network.Id, member.Id, $"Fachexpertise {member.Name}", $"fach@{slug}.example", "Bürgerservice");
            db.People.Add(expert);
        }

        await db.SaveChangesAsync(cancellationToken);
        var online = PlanWerkstaetten(network, now);
        db.Werkstaetten.Add(DemoVoting.Plan(network, members, now, options.Value.VotingDeadlineAfterStart, entity => db.Add(entity)));
        DemoLibrary.Fill(network, members, now, entity => db.Add(entity));
        await db.SaveChangesAsync(cancellationToken);
        await DemoRegisters.SeedAsync(db, network, members, now, cancellationToken);
        await DemoInvitations.SeedAsync(db, invitations, online, members, await db.People.Where(p => p.NetworkId == network.Id).ToListAsync(cancellationToken), now, cancellationToken);
        var review = DemoReview.Plan(network, members, now, entity => db.Add(entity));
        db.Werkstaetten.Add(review);
        var reviewProcesses = db.ChangeTracker.Entries<Process>().Select(e => e.Entity).Where(p => p.WerkstattId == review.Id).Select(p => p.Id).ToList();
        db.Add(DemoAgenda(review.Id, reviewProcesses, now));
        await db.SaveChangesAsync(cancellationToken);
    }

    // The Werkstatt in quality review gets a first draft of its first day's agenda: a slot for each of its first processes.
    private static WorkshopDays DemoAgenda(WerkstattId werkstatt, IReadOnlyList<ProcessId> processes, DateTimeOffset now)
    {
        var days = WorkshopDays.For(werkstatt);
        var items = new List<AgendaItem>
        {
            new(AgendaEntryKind.Opening, null, "Begrüßung und Ziele des Tages", new TimeOnly(9, 0), 30),
            new(AgendaEntryKind.Break, null, "Kaffeepause", new TimeOnly(10, 30), 15),
            new(AgendaEntryKind.Break, null, "Mittagspause", new TimeOnly(12, 30), 45),
            new(AgendaEntryKind.Closing, null, "Rückblick und nächste Schritte", new TimeOnly(15, 30), 30),
        };
        (TimeOnly Start, int Minutes)[] slots = [(new TimeOnly(9, 30), 60), (new TimeOnly(10, 45), 105), (new TimeOnly(13, 15), 120)];
        items.AddRange(processes.Take(slots.Length).Select((p, i) => new AgendaItem(AgendaEntryKind.Process, p, null, slots[i].Start, slots[i].Minutes)));
        days.SetAgenda(1, items.OrderBy(i => i.Start).ToList(), now);
        days.ClearDomainEvents();
        return days;
    }

    // One Werkstatt collecting topics (still empty: every process manager has "Themen vorschlagen" on first start), the
    // next in draft (and, see DemoVoting, one in its last minutes of voting).
    private WerkstattAggregate PlanWerkstaetten(Network network, DateTimeOffset now)
    {
        var today = BerlinTime.DateOf(now);
        var soon = WorkingDays.NextWorkingDay(network.FederalState, today.AddDays(-network.Template.TopicCollectionOpensDays - 7));
        var running = WerkstattAggregate.Plan(network.Id, "Prozesswerkstatt Bürgerservice", Schedule.FromTemplate(network.Template, soon), Venue.InPerson("Kreishaus Musterland, Sitzungssaal 2\nMusterstraße 1, 47500 Musterstadt"), now);
        running.MoveTo(Phase.TopicCollection, now, "Demo");
        db.Werkstaetten.Add(running);

        var later = WorkingDays.NextWorkingDay(network.FederalState, soon.AddDays(91));
        var next = WerkstattAggregate.Plan(network.Id, "Prozesswerkstatt Ordnung und Soziales", Schedule.FromTemplate(network.Template, later), Venue.Online("https://teams.microsoft.com/l/meetup-join/demo"), now);
        db.Werkstaetten.Add(next);
        return next;
    }

    private async Task AddPersonAsync(Network network, MemberId? memberId, string name, string email, string function, Role role, string password, CancellationToken cancellationToken)
    {
        var person = Person.Create(network.Id, memberId, name, email, function);
        db.People.Add(person);
        await db.SaveChangesAsync(cancellationToken);
        var login = await accounts.CreateLoginAsync(person, role, password, cancellationToken);
        if (!login.IsSuccess)
        {
            throw new InvalidOperationException($"Demo login {email}: {login.Error.Message}");
        }
    }

    private async Task<IReadOnlyList<DemoLogin>> LoginsAsync(CancellationToken cancellationToken)
    {
        var rows = await (from u in db.Users
                          join ur in db.UserRoles on u.Id equals ur.UserId
                          join r in db.Roles on ur.RoleId equals r.Id
                          select new { u.Email, Role = r.Name, u.DisplayName }).ToListAsync(cancellationToken);
        return rows
            .Select(r => new DemoLogin(r.Email!, Enum.TryParse<Role>(r.Role, out var role) ? role.GermanName() : r.Role!, r.DisplayName))
            .OrderBy(r => r.Role == "Prozessmanager:in" ? 1 : 0)
            .ThenBy(r => r.Email, StringComparer.Ordinal)
            .ToList();
    }

    private static string Slug(string name) => new string(name.ToLowerInvariant()
            .Replace("ä", "ae", StringComparison.Ordinal).Replace("ö", "oe", StringComparison.Ordinal)
            .Replace("ü", "ue", StringComparison.Ordinal).Replace("ß", "ss", StringComparison.Ordinal)
            .Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray())
        .Replace("--", "-", StringComparison.Ordinal).Trim('-');
}
