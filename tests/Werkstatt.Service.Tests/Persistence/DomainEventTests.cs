using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Cycle.Events;
using Werkstatt.Domain.Network;
using Werkstatt.Service.Events;
using Werkstatt.Service.Hosting;
using Werkstatt.Service.Persistence;
using Werkstatt.Tests.Shared;
using WerkstattAggregate = Werkstatt.Domain.Cycle.Werkstatt;

namespace Werkstatt.Service.Tests.Persistence;

public sealed class DomainEventTests
{
    [Fact]
    public async Task Handlers_see_each_event_once_and_their_changes_are_saved_with_the_cause()
    {
        await using var database = await TestDatabase.CreateAsync(SqliteWerkstattDbContext.Name);
        await using (var migrated = await database.MigratedContextAsync())
        {
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "sqlite",
            ["ConnectionStrings:Werkstatt"] = database.ConnectionString,
        }).Build();
        var services = new ServiceCollection().AddLogging().AddWerkstattService(configuration);
        var recorder = new Recorder();
        services.AddSingleton(recorder);
        services.AddScoped<IHandles<WerkstattPhaseChanged>, RenameOnPhaseChange>();
        await using var provider = services.BuildServiceProvider();
        using var scope = provider.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WerkstattDbContext>();
        var now = TestServices.DefaultNow;
        var network = Network.Create("Netz", Werkstatt.Domain.Calendar.FederalState.Berlin, now);
        db.Networks.Add(network);
        var werkstatt = WerkstattAggregate.Plan(network.Id, "Vorher", Schedule.FromTemplate(network.Template, new DateOnly(2027, 3, 16)), Venue.Online("https://m.example/x"), now);
        db.Werkstaetten.Add(werkstatt);
        await db.SaveChangesAsync();

        werkstatt.MoveTo(Phase.TopicCollection, now);
        await db.SaveChangesAsync();
        await db.SaveChangesAsync();

        Assert.Equal([Phase.TopicCollection], recorder.Seen);
        await using var check = database.NewContext();
        Assert.Equal("Nach Themensammlung", (await check.Werkstaetten.SingleAsync()).Title);
    }

    [Fact]
    public async Task A_pooled_context_lets_go_of_its_scope_when_the_scope_ends()
    {
        await using var database = await TestDatabase.CreateAsync(SqliteWerkstattDbContext.Name);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "sqlite",
            ["ConnectionStrings:Werkstatt"] = database.ConnectionString,
        }).Build();
        await using var provider = new ServiceCollection().AddLogging().AddWerkstattService(configuration).BuildServiceProvider();
        WerkstattDbContext leased;
        await using (var scope = provider.CreateAsyncScope())
        {
            leased = scope.ServiceProvider.GetRequiredService<WerkstattDbContext>();
            Assert.Same(scope.ServiceProvider, leased.ScopeServices);
        }

        Assert.Null(leased.ScopeServices);
        await using var next = provider.CreateAsyncScope();
        var again = next.ServiceProvider.GetRequiredService<WerkstattDbContext>();
        Assert.Same(leased, again); // the pool hands the same context out again, with the new scope's services
        Assert.Same(next.ServiceProvider, again.ScopeServices);
    }

    private sealed class Recorder
    {
        public List<Phase> Seen { get; } = [];
    }

    private sealed class RenameOnPhaseChange(Recorder recorder, WerkstattDbContext db) : IHandles<WerkstattPhaseChanged>
    {
        public async Task HandleAsync(WerkstattPhaseChanged domainEvent, CancellationToken cancellationToken)
        {
            recorder.Seen.Add(domainEvent.To);
            var werkstatt = await db.Werkstaetten.SingleAsync(w => w.Id == domainEvent.WerkstattId, cancellationToken);
            werkstatt.Rename("Nach " + domainEvent.To.GermanName());
        }
    }
}
