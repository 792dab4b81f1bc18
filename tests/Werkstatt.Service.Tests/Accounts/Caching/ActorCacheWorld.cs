using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Werkstatt.Domain.Calendar;
using Werkstatt.Domain.Network;
using Werkstatt.Service.Accounts;
using Werkstatt.Service.Accounts.Caching;
using Werkstatt.Service.Common;
using Werkstatt.Service.Networks;
using Werkstatt.Service.Persistence;
using Werkstatt.Tests.Shared;

namespace Werkstatt.Service.Tests.Accounts.Caching;

/// <summary>
/// One "instance" (service provider) over a test database, with its change listener running (PostgreSQL), plus the
/// seed the actor tests use: a network with two members and a process manager of Stadt A with a login.
/// </summary>
public sealed class ActorCacheWorld : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly ActorChangeListener _listener;

    private ActorCacheWorld(ServiceProvider services)
    {
        _services = services;
        _listener = services.GetServices<IHostedService>().OfType<ActorChangeListener>().Single();
    }

    public ActorCache Cache => _services.GetRequiredService<ActorCache>();

    public Network Network { get; private set; } = null!;

    public Member StadtA { get; private set; } = null!;

    public Member StadtB { get; private set; } = null!;

    public Person Paula { get; private set; } = null!;

    public string PaulaUserId { get; private set; } = null!;

    public Actor Coordinator => new("c", "Koordination", Network.Id, null, new HashSet<Role> { Role.Coordinator });

    /// <summary>A started instance; <paramref name="seedFrom"/> shares the seed of another instance on the same database.</summary>
    public static async Task<ActorCacheWorld> StartAsync(TestDatabase database, ActorCacheWorld? seedFrom = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var world = new ActorCacheWorld(await TestServices.CreateAsync(database, settings: settings));
        if (seedFrom is null)
        {
            await world.SeedAsync();
        }
        else
        {
            (world.Network, world.StadtA, world.StadtB, world.Paula, world.PaulaUserId) = (seedFrom.Network, seedFrom.StadtA, seedFrom.StadtB, seedFrom.Paula, seedFrom.PaulaUserId);
        }

        await world._listener.StartAsync(TestContext.Current.CancellationToken);
        if (world.Cache.RequiresListener)
        {
            await WaitUntilAsync(() => world.Cache.IsListening, "the listener connects");
        }

        return world;
    }

    /// <summary>What one request sees: a fresh scope, as ActorAccessor does per request.</summary>
    public async Task<Actor?> ActorAsync(string? userId = null)
    {
        await using var scope = _services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AccountService>().ActorForUserAsync(userId ?? PaulaUserId, TestContext.Current.CancellationToken);
    }

    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        await using var scope = _services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    /// <summary>Polls (bounded, 15 s) until <paramref name="condition"/> holds.</summary>
    public static async Task WaitUntilAsync(Func<bool> condition, string what) => await WaitUntilAsync(() => Task.FromResult(condition()), what);

    public static async Task WaitUntilAsync(Func<Task<bool>> condition, string what)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"Timed out waiting until {what}.");
            await Task.Delay(20, TestContext.Current.CancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _listener.StopAsync(CancellationToken.None);
        await _services.DisposeAsync();
    }

    private async Task SeedAsync()
    {
        Network = (await InScopeAsync(sp => sp.GetRequiredService<NetworkService>().CreateAsync(Actor.System, "Netzwerk Cache", FederalState.Hessen))).Value!;
        StadtA = (await InScopeAsync(sp => sp.GetRequiredService<MemberService>().CreateAsync(Coordinator, Network.Id, new MemberInput("Stadt A", MemberLevel.Stadt, 40_000, 400)))).Value!;
        StadtB = (await InScopeAsync(sp => sp.GetRequiredService<MemberService>().CreateAsync(Coordinator, Network.Id, new MemberInput("Stadt B", MemberLevel.Stadt, 30_000, 300)))).Value!;
        var created = await InScopeAsync(sp => sp.GetRequiredService<PersonService>().CreateAsync(
            Coordinator, Network.Id, new PersonInput(StadtA.Id, "Paula Prozess", "paula@stadt-a.example", null, Role.ProcessManager, "ein-langes-passwort-1")));
        Assert.True(created.IsSuccess, created.Error?.Message);
        Paula = created.Value!;
        PaulaUserId = await InScopeAsync(sp => sp.GetRequiredService<WerkstattDbContext>().Users.Where(u => u.PersonId == Paula.Id.Value).Select(u => u.Id).SingleAsync());
    }

    /// <summary>Removes Paula's process-manager role through Identity (a tracked save).</summary>
    public async Task RemoveRoleAsync() => await InScopeAsync(async sp =>
    {
        var users = sp.GetRequiredService<UserManager<AppUser>>();
        var result = await users.RemoveFromRoleAsync((await users.FindByIdAsync(PaulaUserId))!, nameof(Role.ProcessManager));
        Assert.True(result.Succeeded);
        return true;
    });
}
