using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Werkstatt.Domain.Common;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Network;
using Werkstatt.Service.Audit;
using Werkstatt.Service.Common;
using Werkstatt.Service.Persistence;
using Werkstatt.Service.Tests.Networks;
using Werkstatt.Service.Tests.Voting;
using Werkstatt.Service.Werkstaetten;
using Werkstatt.Tests.Shared;

namespace Werkstatt.Service.Tests.Audit;

/// <summary>The audit trail: written with the change and its actor, not without it; read by coordinators and admins with filters.</summary>
public abstract class AuditTrailTests(string provider) : IAsyncLifetime
{
    private CycleFixture _f = null!;

    public async ValueTask InitializeAsync() => _f = await CycleFixture.CreateAsync(provider);

    public async ValueTask DisposeAsync() => await _f.DisposeAsync();

    [Fact]
    public async Task A_phase_change_is_recorded_with_actor_before_and_after_and_network()
    {
        var view = await InScopeAsync(_f.Net.Coordinator, s => s.GetRequiredService<WerkstattService>().GetAsync(_f.Net.Coordinator, _f.WerkstattId));
        await InScopeAsync(_f.Net.Coordinator, s => s.GetRequiredService<WerkstattService>().MoveAsync(_f.Net.Coordinator, _f.WerkstattId, Phase.TopicCollection, view.Value!.Werkstatt.Version));

        var entry = (await EntriesAsync()).Single(e => e.Summary.Contains("Phase", StringComparison.Ordinal));
        Assert.Equal("Koordination", entry.ActorName);
        Assert.Equal("c", entry.ActorId);
        Assert.Equal(AuditKinds.Werkstatt, entry.Kind);
        Assert.Equal("Changed", entry.Action);
        Assert.Equal(_f.Net.Network.Id.Value, entry.NetworkId);
        Assert.Equal(_f.WerkstattId.Value.ToString(), entry.EntityId);
        Assert.Equal("Werkstatt „Werkstatt Test“: Phase Entwurf → Themensammlung.", entry.Summary);
        Assert.Equal(TestServices.DefaultNow, entry.At);
    }

    [Fact]
    public async Task A_refused_change_leaves_no_audit_entry()
    {
        var before = (await EntriesAsync()).Count;
        var stale = await InScopeAsync(_f.Net.Coordinator, s => s.GetRequiredService<WerkstattService>().MoveAsync(_f.Net.Coordinator, _f.WerkstattId, Phase.TopicCollection, 99));

        Assert.Equal(ErrorKind.Concurrency, stale.Error?.Kind);
        Assert.Equal(before, (await EntriesAsync()).Count);
    }

    [Fact]
    public async Task Ballots_are_recorded_for_their_member_and_without_an_actor_the_system_is_named()
    {
        await _f.MoveToAsync(Phase.TopicCollection);
        var topic = await _f.ProposeAsync("Bürgerservice");
        await _f.MoveToAsync(Phase.Voting);
        await _f.CastAsync(_f.Net.ManagerOfA, _f.Net.StadtA.Id, (topic, 2));

        var ballot = (await EntriesAsync()).Single(e => e.EntityType == "Ballot");
        Assert.Equal(AuditKinds.Voting, ballot.Kind);
        Assert.Equal(_f.Net.StadtA.Id.Value, ballot.MemberId);
        Assert.Equal(_f.Net.Network.Id.Value, ballot.NetworkId);
        Assert.Equal("Stimmzettel von Stadt A abgegeben (2 Punkte).", ballot.Summary);
        Assert.Equal("System", ballot.ActorName); // the fixture calls the services without a request
        Assert.Contains(await EntriesAsync(), e => e.Summary == "Thema „Bürgerservice“ vorgeschlagen." && e.Action == "Created");
    }

    [Fact]
    public async Task Coordinators_filter_their_network_by_kind_member_and_date_others_are_refused()
    {
        await _f.MoveToAsync(Phase.TopicCollection);
        await _f.ProposeAsync("Bürgerservice");
        var audit = _f.Get<AuditService>();
        var network = _f.Net.Network.Id.Value;

        var all = CycleFixture.Ok(await audit.ListAsync(_f.Net.Coordinator, new AuditFilter(network)));
        Assert.True(all.TotalCount >= 5, $"{all.TotalCount} entries");
        Assert.Equal(all.Entries.OrderByDescending(e => e.At).ThenByDescending(e => e.Id).Select(e => e.Id), all.Entries.Select(e => e.Id));
        var topics = CycleFixture.Ok(await audit.ListAsync(_f.Net.Coordinator, new AuditFilter(network, Kind: AuditKinds.Topic)));
        Assert.All(topics.Entries, e => Assert.Equal(AuditKinds.Topic, e.Kind));
        Assert.Single(topics.Entries);
        var stadtA = CycleFixture.Ok(await audit.ListAsync(_f.Net.Coordinator, new AuditFilter(network, MemberId: _f.Net.StadtA.Id.Value)));
        Assert.Equal("Verwaltung „Stadt A“ angelegt.", Assert.Single(stadtA.Entries).Summary);
        var today = BerlinTime.DateOf(TestServices.DefaultNow);
        Assert.Equal(all.TotalCount, CycleFixture.Ok(await audit.ListAsync(_f.Net.Coordinator, new AuditFilter(network, today, today))).TotalCount);
        Assert.Equal(0, CycleFixture.Ok(await audit.ListAsync(_f.Net.Coordinator, new AuditFilter(network, today.AddDays(1)))).TotalCount);

        Assert.Equal(ErrorKind.Validation, (await audit.ListAsync(_f.Net.Coordinator, new AuditFilter(network, today, today.AddDays(-1)))).Error?.Kind);
        Assert.Equal(ErrorKind.Forbidden, (await audit.ListAsync(_f.Net.ManagerOfA, new AuditFilter(network))).Error?.Kind);
        Assert.Equal(ErrorKind.Forbidden, (await audit.ListAsync(NetworkFixture.Outsider, new AuditFilter(network))).Error?.Kind);
        Assert.Equal(ErrorKind.Forbidden, (await audit.ListAsync(_f.Net.Coordinator, new AuditFilter(null))).Error?.Kind);
        Assert.True(CycleFixture.Ok(await audit.ListAsync(Actor.System, new AuditFilter(null))).TotalCount >= all.TotalCount);
    }

    [Fact]
    public async Task Entries_older_than_the_retention_are_purged()
    {
        var count = (await EntriesAsync()).Count;
        _f.Net.Clock.Advance(TimeSpan.FromDays(729));
        CycleFixture.Ok(await _f.Get<Werkstatt.Service.Networks.MemberService>().CreateAsync(_f.Net.Coordinator, _f.Net.Network.Id, new Werkstatt.Service.Networks.MemberInput("Stadt C", MemberLevel.Stadt, 10_000, 100)));
        Assert.Equal(0, await _f.Get<AuditService>().PurgeExpiredAsync());

        _f.Net.Clock.Advance(TimeSpan.FromDays(2));
        Assert.Equal(count, await _f.Get<AuditService>().PurgeExpiredAsync());
        Assert.Equal("Verwaltung „Stadt C“ angelegt.", Assert.Single(await EntriesAsync()).Summary);
    }

    [Fact]
    public async Task A_pooled_context_used_again_records_the_actor_of_its_new_request_not_of_the_last()
    {
        var members = (IServiceProvider s) => s.GetRequiredService<Werkstatt.Service.Networks.MemberService>();
        WerkstattDbContext first, second;
        await using (var scope = _f.Net.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<AuditContext>().Use(_f.Net.Coordinator);
            first = scope.ServiceProvider.GetRequiredService<WerkstattDbContext>();
            CycleFixture.Ok(await members(scope.ServiceProvider).CreateAsync(_f.Net.Coordinator, _f.Net.Network.Id, new Werkstatt.Service.Networks.MemberInput("Stadt C", MemberLevel.Stadt, 10_000, 100)));
        }

        await using (var scope = _f.Net.Services.CreateAsyncScope())
        {
            second = scope.ServiceProvider.GetRequiredService<WerkstattDbContext>(); // no actor in this scope
            CycleFixture.Ok(await members(scope.ServiceProvider).CreateAsync(_f.Net.Coordinator, _f.Net.Network.Id, new Werkstatt.Service.Networks.MemberInput("Gemeinde D", MemberLevel.Gemeinde, 5_000, 50)));
        }

        Assert.Same(first, second); // the pool handed the same context to the second scope
        var entries = await EntriesAsync();
        Assert.Equal("Koordination", entries.Single(e => e.Summary == "Verwaltung „Stadt C“ angelegt.").ActorName);
        Assert.Equal("System", entries.Single(e => e.Summary == "Verwaltung „Gemeinde D“ angelegt.").ActorName);
    }

    private async Task<Result<T>> InScopeAsync<T>(Actor actor, Func<IServiceProvider, Task<Result<T>>> action)
    {
        await using var scope = _f.Net.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<AuditContext>().Use(actor);
        return await action(scope.ServiceProvider);
    }

    private async Task<List<AuditEntry>> EntriesAsync()
    {
        await using var scope = _f.Net.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<WerkstattDbContext>().Set<AuditEntry>().AsNoTracking().ToListAsync();
    }
}

public sealed class SqliteAuditTrailTests() : AuditTrailTests(SqliteWerkstattDbContext.Name);

public sealed class PostgresAuditTrailTests() : AuditTrailTests(PostgresWerkstattDbContext.Name);
