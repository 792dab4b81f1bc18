using Npgsql;
using Werkstatt.Domain.Network;
using Werkstatt.Service.Accounts.Caching;
using Werkstatt.Service.Persistence;
using Werkstatt.Tests.Shared;

namespace Werkstatt.Service.Tests.Accounts.Caching;

/// <summary>Two instances on one PostgreSQL database: changes reach the other instance's cache through NOTIFY, and a cache whose listener is down is not used.</summary>
public sealed class PostgresActorCacheClusterTests
{
    [Fact]
    public async Task A_change_saved_through_one_instance_or_made_by_raw_sql_is_seen_by_the_other()
    {
        await using var database = await TestDatabase.CreateAsync(PostgresWerkstattDbContext.Name);
        await using var first = await ActorCacheWorld.StartAsync(database);
        await using var second = await ActorCacheWorld.StartAsync(database, seedFrom: first);
        Assert.Same(await second.ActorAsync(), await second.ActorAsync()); // warm

        await first.RemoveRoleAsync();
        await ActorCacheWorld.WaitUntilAsync(async () => !(await second.ActorAsync())!.Is(Role.ProcessManager), "the other instance sees the removed role");

        // The trigger path: no EF save, no interceptor, in neither instance.
        Assert.Same(await first.ActorAsync(), await first.ActorAsync());
        Assert.Same(await second.ActorAsync(), await second.ActorAsync());
        await ExecuteAsync(database, $"""UPDATE people SET "MemberId" = '{first.StadtB.Id.Value}' WHERE "Id" = '{first.Paula.Id.Value}'""");
        foreach (var instance in new[] { first, second })
        {
            await ActorCacheWorld.WaitUntilAsync(async () => (await instance.ActorAsync())!.MemberId == first.StadtB.Id, "the instance sees the moved person");
        }
    }

    [Fact]
    public async Task While_the_listener_is_disconnected_the_cache_is_bypassed_and_after_reconnecting_used_again()
    {
        await using var database = await TestDatabase.CreateAsync(PostgresWerkstattDbContext.Name);
        await using var world = await ActorCacheWorld.StartAsync(database, settings: new Dictionary<string, string?> { ["Caching:ListenerRetryDelay"] = "00:00:01" });
        Assert.Same(await world.ActorAsync(), await world.ActorAsync());

        var killed = await ExecuteAsync(database, $"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = '{ActorChangeListener.ApplicationName}' AND datname = current_database()");
        Assert.Equal(1, killed);
        await ActorCacheWorld.WaitUntilAsync(() => !world.Cache.IsListening, "the listener notices the lost connection");

        // The NOTIFY of this change reaches nobody; the cache must not answer meanwhile.
        await ExecuteAsync(database, $"""UPDATE people SET "Name" = 'Paula Neu' WHERE "Id" = '{world.Paula.Id.Value}'""");
        var whileDown = await world.ActorAsync();
        Assert.Equal("Paula Neu", whileDown!.Name);
        if (!world.Cache.IsListening)
        {
            Assert.Equal(0, world.Cache.Count);
            Assert.NotSame(whileDown, await world.ActorAsync());
        }

        await ActorCacheWorld.WaitUntilAsync(() => world.Cache.IsListening, "the listener reconnects");
        Assert.Same(await world.ActorAsync(), await world.ActorAsync());
        await ExecuteAsync(database, $"""UPDATE people SET "Name" = 'Paula Wieder' WHERE "Id" = '{world.Paula.Id.Value}'""");
        await ActorCacheWorld.WaitUntilAsync(async () => (await world.ActorAsync())!.Name == "Paula Wieder", "the reconnected listener passes the change on");
    }

    private static async Task<int> ExecuteAsync(TestDatabase database, string sql)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        var rows = 0;
        while (await reader.ReadAsync(TestContext.Current.CancellationToken))
        {
            rows++;
        }

        return rows == 0 ? reader.RecordsAffected : rows;
    }
}
