using Microsoft.Extensions.DependencyInjection;
using Werkstatt.Domain.Network;
using Werkstatt.Service.Networks;
using Werkstatt.Service.Persistence;
using Werkstatt.Service.Privacy;
using Werkstatt.Tests.Shared;

namespace Werkstatt.Service.Tests.Accounts.Caching;

/// <summary>One instance: a warm request is answered from the cache, and a change it saves is seen by the very next request.</summary>
public abstract class ActorCacheInvalidationTests(string provider)
{
    [Fact]
    public async Task A_warm_request_is_answered_from_the_cache_and_a_removed_role_is_seen_by_the_next_one()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var world = await ActorCacheWorld.StartAsync(database);
        var first = await world.ActorAsync();
        Assert.Same(first, await world.ActorAsync());
        Assert.Equal(1, world.Cache.Count);
        Assert.True(first!.Is(Role.ProcessManager));

        await world.RemoveRoleAsync();

        Assert.False((await world.ActorAsync())!.Is(Role.ProcessManager));
    }

    [Fact]
    public async Task A_person_moved_to_another_member_is_seen_by_the_next_request()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var world = await ActorCacheWorld.StartAsync(database);
        Assert.Equal(world.StadtA.Id, (await world.ActorAsync())!.MemberId);

        var moved = await world.InScopeAsync(sp => sp.GetRequiredService<PersonService>().UpdateAsync(
            world.Coordinator, world.Paula.Id, new PersonInput(world.StadtB.Id, "Paula Prozess", "paula@stadt-a.example", null, Version: world.Paula.Version)));
        Assert.True(moved.IsSuccess, moved.Error?.Message);

        Assert.Equal(world.StadtB.Id, (await world.ActorAsync())!.MemberId);
    }

    [Fact]
    public async Task An_erased_person_has_no_actor_from_the_next_request_on()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var world = await ActorCacheWorld.StartAsync(database);
        Assert.NotNull(await world.ActorAsync());

        var erased = await world.InScopeAsync(sp => sp.GetRequiredService<PersonDataService>().EraseAsync(world.Coordinator, world.Paula.Id, TestContext.Current.CancellationToken));
        Assert.True(erased.IsSuccess, erased.Error?.Message);

        Assert.Null(await world.ActorAsync());
    }
}

public sealed class SqliteActorCacheInvalidationTests() : ActorCacheInvalidationTests(SqliteWerkstattDbContext.Name);

public sealed class PostgresActorCacheInvalidationTests() : ActorCacheInvalidationTests(PostgresWerkstattDbContext.Name);
