using Microsoft.Extensions.DependencyInjection;
using Werkstatt.Domain.Calendar;
using Werkstatt.Domain.Network;
using Werkstatt.Service.Common;
using Werkstatt.Service.Networks;
using Werkstatt.Service.Persistence;
using Werkstatt.Tests.Shared;

namespace Werkstatt.Service.Tests.Networks;

/// <summary>A small network on SQLite with two members and actors for each role, through the real services.</summary>
public sealed class NetworkFixture : IAsyncDisposable
{
    private NetworkFixture(TestDatabase database, ServiceProvider services, ManualTimeProvider clock)
    {
        Database = database;
        Services = services;
        Clock = clock;
    }

    public TestDatabase Database { get; }

    public ServiceProvider Services { get; }

    public ManualTimeProvider Clock { get; }

    public Network Network { get; private set; } = null!;

    public Member StadtA { get; private set; } = null!;

    public Member StadtB { get; private set; } = null!;

    public Actor Coordinator => new("c", "Koordination", Network.Id, null, new HashSet<Role> { Role.Coordinator });

    public Actor ManagerOfA => new("a", "PM A", Network.Id, StadtA.Id, new HashSet<Role> { Role.ProcessManager });

    public Actor ExpertOfA => new("e", "Expertin A", Network.Id, StadtA.Id, new HashSet<Role> { Role.Expert });

    public static Actor Outsider => new("o", "Koordination anderes Netz", new NetworkId(Guid.NewGuid()), null, new HashSet<Role> { Role.Coordinator });

    public static async Task<NetworkFixture> CreateAsync(string provider = SqliteWerkstattDbContext.Name, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var database = await TestDatabase.CreateAsync(provider);
        var clock = new ManualTimeProvider(TestServices.DefaultNow);
        var services = await TestServices.CreateAsync(database, clock, settings: settings);
        var fixture = new NetworkFixture(database, services, clock);
        await fixture.SeedAsync();
        return fixture;
    }

    public T Get<T>()
        where T : notnull => Services.CreateScope().ServiceProvider.GetRequiredService<T>();

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Database.DisposeAsync();
    }

    private async Task SeedAsync()
    {
        Network = (await Get<NetworkService>().CreateAsync(Actor.System, "Netzwerk Test", FederalState.NordrheinWestfalen)).Value!;
        var members = Get<MemberService>();
        StadtA = (await members.CreateAsync(Coordinator, Network.Id, new MemberInput("Stadt A", MemberLevel.Stadt, 40_000, 400))).Value!;
        StadtB = (await members.CreateAsync(Coordinator, Network.Id, new MemberInput("Stadt B", MemberLevel.Stadt, 30_000, 300))).Value!;
    }
}
