using Stopwatch = System.Diagnostics.Stopwatch;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Werkstatt.Domain.Calendar;
using Werkstatt.Domain.Common;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Network;
using Werkstatt.Domain.Processes;
using Werkstatt.Domain.Staffing;
using Werkstatt.Domain.Voting;
using Werkstatt.Service.Accounts;
using Werkstatt.Service.Persistence;
using WerkstattAggregate = Werkstatt.Domain.Cycle.Werkstatt;

namespace Werkstatt.Bench.Load;

/// <summary>
/// Seeds the load's networks in bulk: built through the domain (members, people, Werkstätten moved through their phases,
/// topics, the closed vote, derived processes, declared capacities), saved in batches by one context without event
/// handlers; logins are rows with one shared password hash (hashing 6,000 passwords would take minutes and tests nothing).
/// </summary>
public static class LoadSeeder
{
    public const int TopicsPerNetwork = 8;
    public const int ProcessesPerTopic = 3;
    public const int AssignmentTopics = 5;
    public const int Capacity = 2;
    private const int Batch = 20;

    /// <summary>
    /// Seeds <paramref name="networks"/> measured networks and then <paramref name="warmup"/> more for the warm-up
    /// (named „Aufwärmnetz“, the same shape; <see cref="LoadPlan.Warmup"/>).
    /// </summary>
    public static async Task<LoadPlan> SeedAsync(string connectionString, int networks, int warmup, int members, Action<string> progress)
    {
        var clock = Stopwatch.StartNew();
        var now = DateTimeOffset.UtcNow;
        string roleId;
        await using (var db = DesignTimeContexts.Create(PostgresWerkstattDbContext.Name, connectionString))
        {
            await new SchemaMigrator(db, Microsoft.Extensions.Logging.Abstractions.NullLogger<SchemaMigrator>.Instance).MigrateAsync();
            var role = await db.Roles.FirstOrDefaultAsync(r => r.Name == nameof(Role.ProcessManager));
            if (role is null)
            {
                role = new IdentityRole(nameof(Role.ProcessManager)) { NormalizedName = nameof(Role.ProcessManager).ToUpperInvariant() };
                db.Roles.Add(role);
                await db.SaveChangesAsync();
            }

            roleId = role.Id;
        }

        var hash = new PasswordHasher<AppUser>().HashPassword(new AppUser(), "Last-Test-2026!");
        var plan = new List<LoadNetwork>();
        var total = networks + warmup;
        for (var first = 0; first < total; first += Batch)
        {
            await using var db = DesignTimeContexts.Create(PostgresWerkstattDbContext.Name, connectionString);
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var n = first; n < Math.Min(total, first + Batch); n++)
            {
                plan.Add(Network(db, n, n < networks ? "Lastnetz" : "Aufwärmnetz", members, roleId, hash, now));
            }

            await db.SaveChangesAsync();
            if ((first / Batch) % 5 == 4)
            {
                progress($"{clock.Elapsed.TotalSeconds:0} s: {first + Batch} networks seeded");
            }
        }

        progress($"{clock.Elapsed.TotalSeconds:0.0} s: {networks} networks (+ {warmup} for the warm-up) × {members} members seeded");
        return new LoadPlan(plan.Take(networks).ToList()) { Warmup = plan.Skip(networks).ToList() };
    }

    private static LoadNetwork Network(WerkstattDbContext db, int n, string name, int memberCount, string roleId, string hash, DateTimeOffset now)
    {
        var network = Domain.Network.Network.Create($"{name} {n:000}", FederalState.NordrheinWestfalen, now);
        db.Add(network);
        var members = Enumerable.Range(0, memberCount)
            .Select(i => Member.Create(network.Id, $"Verwaltung {n:000}-{i:00}", i < 3 ? MemberLevel.Kreis : MemberLevel.Stadt, 50_000, 500))
            .ToList();
        var users = new List<AppUser>();
        foreach (var (member, i) in members.Select((m, i) => (m, i)))
        {
            db.Add(member);
            var email = $"pm{n:000}-{i:00}@last.example";
            var person = Person.Create(network.Id, member.Id, $"Prozessmanagement {n:000}-{i:00}", email, "Prozessmanagement");
            db.Add(person);
            var user = new AppUser
            {
                UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant(), EmailConfirmed = true,
                PasswordHash = hash, SecurityStamp = Guid.NewGuid().ToString("N"), ConcurrencyStamp = Guid.NewGuid().ToString(), PersonId = person.Id.Value, DisplayName = person.Name,
            };
            users.Add(user);
            db.Add(user);
            db.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = roleId });
        }

        var voting = Voting(db, network, members, now);
        var (assignment, processes) = Assignment(db, network, members, now);
        var load = new LoadNetwork(voting.Werkstatt, voting.Topics, assignment, processes);
        load.Members.AddRange(members.Select((m, i) => new LoadMember(load, i, m.Id.Value, users[i].Id)));
        return load;
    }

    // Voting until two hours from now, topics proposed by the first members; nobody has voted yet.
    private static (Guid Werkstatt, IReadOnlyList<Guid> Topics) Voting(WerkstattDbContext db, Domain.Network.Network network, List<Member> members, DateTimeOffset now)
    {
        var template = Schedule.FromTemplate(network.Template, BerlinTime.DateOf(now).AddDays(70));
        var schedule = Schedule.Create(
            now - TimeSpan.FromDays(14), now + TimeSpan.FromHours(2), template.AssignmentConfirmed, template.ModelsDue, template.ReviewDue,
            template.PreReadOut, template.Day1Start, template.Day1End, template.Day2Start, template.Day2End, template.FollowUpDue);
        var w = WerkstattAggregate.Plan(network.Id, "Prozesswerkstatt Abstimmung", schedule, Venue.Online("https://meet.example/abstimmung"), now);
        w.MoveTo(Phase.TopicCollection, now, "Last");
        var topics = Enumerable.Range(0, TopicsPerNetwork)
            .Select(t => Topic.Propose(w.Id, w.Phase, false, members[t % members.Count].Id, false, "Last", $"Thema {t + 1}", "Beschreibung", "Warum jetzt", now))
            .ToList();
        w.MoveTo(Phase.Voting, now, "Last");
        db.Add(w);
        topics.ForEach(t => db.Add(t));
        return (w.Id.Value, topics.Select(t => t.Id.Value).ToList());
    }

    // Assignment open (its deadline weeks ahead): topics voted and closed yesterday, three processes per winning topic,
    // each needing two modellers of any level; every member has declared a capacity of two.
    private static (Guid Werkstatt, IReadOnlyList<Guid> Processes) Assignment(WerkstattDbContext db, Domain.Network.Network network, List<Member> members, DateTimeOffset now)
    {
        var firstDay = WorkingDays.NextWorkingDay(network.FederalState, BerlinTime.DateOf(now).AddDays(-network.Template.AssignmentConfirmedDays + 21));
        var schedule = Schedule.FromTemplate(network.Template, firstDay);
        var (t0, t1) = (now - TimeSpan.FromDays(3), now - TimeSpan.FromDays(1));
        var w = WerkstattAggregate.Plan(network.Id, "Prozesswerkstatt Zuteilung", schedule, Venue.Online("https://meet.example/zuteilung"), t0);
        w.MoveTo(Phase.TopicCollection, t0, "Last");
        var topics = Enumerable.Range(0, AssignmentTopics)
            .Select(t => Topic.Propose(w.Id, w.Phase, false, members[t].Id, false, "Last", $"Zuteilungsthema {t + 1}", "Beschreibung", "Warum jetzt", t0))
            .ToList();
        w.MoveTo(Phase.Voting, t0, "Last");
        var byId = topics.ToDictionary(t => t.Id);
        var ballots = members.Take(4).Select((m, i) =>
        {
            var ballot = Ballot.For(w.Id, m.Id);
            ballot.Cast(m.Id, new Dictionary<TopicId, int> { [topics[i].Id] = 2, [topics[i + 1].Id] = 1 }, w.Phase, VotingSettings.Default, false, byId, t0, "Last");
            return ballot;
        }).ToList();
        var round = VotingRound.For(w.Id);
        round.Close(w.Phase, topics, ballots, members.ToDictionary(m => m.Id, m => m.Name), t1, "Last");
        w.MoveTo(Phase.ProcessSelection, t1, "Last", new CycleFacts(true, 0, false));
        var processes = new List<Process>();
        foreach (var topic in topics)
        {
            var outcome = round.Ranking.First(r => r.TopicId == topic.Id).Outcome;
            processes.AddRange(Enumerable.Range(1, ProcessesPerTopic).Select(p => Process.Derive(
                w.Id, w.Phase, topic, outcome, $"{topic.Title}, Prozess {p}", null, 2, [MemberLevel.Kreis, MemberLevel.Stadt, MemberLevel.Gemeinde], false, t1)));
        }

        w.MoveTo(Phase.Assignment, t1, "Last", new CycleFacts(true, processes.Count, false));
        db.Add(w);
        db.Add(round);
        topics.ForEach(t => db.Add(t));
        ballots.ForEach(b => db.Add(b));
        processes.ForEach(p => db.Add(p));
        foreach (var member in members)
        {
            var offer = MemberOffer.For(w.Id, member.Id);
            offer.DeclareCapacity(Capacity, w.Phase, false, t1);
            db.Add(offer);
        }

        return (w.Id.Value, processes.Select(p => p.Id.Value).ToList());
    }
}
