using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Werkstatt.Domain.Calendar;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Network;
using Werkstatt.Service.Accounts;
using Werkstatt.Service.Notifications;
using Werkstatt.Service.Persistence;
using Werkstatt.Tests.Shared;
using WerkstattAggregate = Werkstatt.Domain.Cycle.Werkstatt;

namespace Werkstatt.Service.Tests.Jobs;

/// <summary>
/// A network with a coordinator, a reviewer, process managers (with logins) and an expert (without), on a test database
/// with the real services and a manual clock.
/// </summary>
public sealed class JobsWorld : IAsyncDisposable
{
    public const string Password = "Test-Passwort-123";

    private JobsWorld(TestDatabase database, ServiceProvider services, ManualTimeProvider clock, Network network)
    {
        Database = database;
        Services = services;
        Clock = clock;
        Network = network;
    }

    public TestDatabase Database { get; }

    public ServiceProvider Services { get; }

    public ManualTimeProvider Clock { get; }

    public Network Network { get; }

    public List<Person> Managers { get; } = [];

    public Person Coordinator { get; private set; } = null!;

    public Person Reviewer { get; private set; } = null!;

    public Person Expert { get; private set; } = null!;

    public static async Task<JobsWorld> CreateAsync(string provider, IReadOnlyDictionary<string, string?>? settings = null, int managers = 2)
    {
        var database = await TestDatabase.CreateAsync(provider);
        var clock = new ManualTimeProvider(TestServices.DefaultNow);
        var services = await TestServices.CreateAsync(database, clock, settings: settings);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WerkstattDbContext>();
        var network = Network.Create("Netzwerk Erinnerung", FederalState.NordrheinWestfalen, clock.GetUtcNow());
        db.Networks.Add(network);
        var members = Enumerable.Range(1, managers).Select(i => Member.Create(network.Id, $"Stadt {i}", MemberLevel.Stadt, 10_000 * i, 100)).ToList();
        db.Members.AddRange(members);
        await db.SaveChangesAsync();
        var world = new JobsWorld(database, services, clock, network);
        var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
        world.Coordinator = await world.AddAsync(db, accounts, null, "Clara Koordination", "koordination@netz.example", Role.Coordinator);
        world.Reviewer = await world.AddAsync(db, accounts, null, "Rudi Prüfer", "qs@beratung.example", Role.QualityReviewer);
        for (var i = 0; i < members.Count; i++)
        {
            world.Managers.Add(await world.AddAsync(db, accounts, members[i].Id, $"Paula Prozess {i + 1}", $"pm{i + 1}@stadt{i + 1}.example", Role.ProcessManager));
        }

        world.Expert = Person.Create(network.Id, members[0].Id, "Fritz Fachmann", "fach@stadt1.example", null);
        db.People.Add(world.Expert);
        await db.SaveChangesAsync();
        return world;
    }

    /// <summary>Plans a Werkstatt from the network's template (first day 16.03.2027) and moves it on to <paramref name="phase"/>.</summary>
    public async Task<WerkstattAggregate> PlanAsync(Phase phase, Schedule? schedule = null)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WerkstattDbContext>();
        var werkstatt = WerkstattAggregate.Plan(Network.Id, "Prozesswerkstatt Bürgerservice", schedule ?? Schedule.FromTemplate(Network.Template, new DateOnly(2027, 3, 16)), Venue.Online("https://meet.example/werkstatt"), Clock.GetUtcNow());
        foreach (var next in Phases.Sequence.Skip(1).TakeWhile(p => p <= phase))
        {
            werkstatt.MoveTo(next, MoveTime(werkstatt, next), "Test", new CycleFacts(true, 1, true));
        }

        db.Werkstaetten.Add(werkstatt);
        await db.SaveChangesAsync();
        return werkstatt;
    }

    public async Task<List<OutboxMessage>> OutboxAsync()
    {
        await using var db = Database.NewContext();
        return await db.Set<OutboxMessage>().AsNoTracking().OrderBy(m => m.ToAddress).ToListAsync();
    }

    public async Task<WerkstattAggregate> LoadAsync(WerkstattId id)
    {
        await using var db = Database.NewContext();
        return await db.Werkstaetten.AsNoTracking().SingleAsync(w => w.Id == id);
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Database.DisposeAsync();
    }

    // Phases that check dates are entered when their date allows it; the others at the planning time.
    private DateTimeOffset MoveTime(WerkstattAggregate werkstatt, Phase next) => next switch
    {
        Phase.Workshop => werkstatt.Schedule.Day1Start,
        Phase.FollowUp => werkstatt.Schedule.LastDayEnd,
        _ => Clock.GetUtcNow(),
    };

    private async Task<Person> AddAsync(WerkstattDbContext db, AccountService accounts, MemberId? member, string name, string email, Role role)
    {
        var person = Person.Create(Network.Id, member, name, email, null);
        db.People.Add(person);
        await db.SaveChangesAsync();
        var login = await accounts.CreateLoginAsync(person, role, Password);
        Assert.True(login.IsSuccess, login.Error?.Message);
        return person;
    }
}
