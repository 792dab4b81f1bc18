using Werkstatt.Domain.Blueprints;
using Werkstatt.Domain.Network;
using Werkstatt.Domain.Registers;
using Werkstatt.Service.Common;
using Werkstatt.Service.Registers;
using Werkstatt.Service.Tests.Networks;

namespace Werkstatt.Service.Tests.Registers;

/// <summary>A network with two towns and a published town blueprint from the starter data; helpers for registers.</summary>
public sealed class RegisterWorld : IAsyncDisposable
{
    private RegisterWorld(NetworkFixture net) => Net = net;

    public NetworkFixture Net { get; }

    public Blueprint Blueprint { get; private set; } = null!;

    public Actor ManagerOfB => new("b", "PM B", Net.Network.Id, Net.StadtB.Id, new HashSet<Role> { Role.ProcessManager });

    public static async Task<RegisterWorld> CreateAsync(string provider)
    {
        var world = new RegisterWorld(await NetworkFixture.CreateAsync(provider));
        var blueprints = world.Get<BlueprintService>();
        var created = Ok(await blueprints.CreateAsync(world.Net.Coordinator, world.Net.Network.Id, BlueprintLevel.Kommune, fromStarter: true));
        world.Blueprint = Ok(await blueprints.PublishAsync(world.Net.Coordinator, created.Id, created.Version));
        return world;
    }

    public static T Ok<T>(Result<T> result)
    {
        Assert.True(result.IsSuccess, result.Error?.Message);
        return result.Value!;
    }

    public T Get<T>()
        where T : notnull => Net.Get<T>();

    public async Task<Register> RegisterOfAAsync() =>
        Ok(await Get<RegisterService>().CreateAsync(Net.ManagerOfA, Net.StadtA.Id));

    public async Task<Register> CurrentAsync(MemberId member) =>
        Ok(await Get<RegisterService>().GetAsync(Net.Coordinator, member)).Register!;

    public ValueTask DisposeAsync() => Net.DisposeAsync();
}
