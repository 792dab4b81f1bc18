using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Werkstatt.Service.Hosting;

namespace Werkstatt.Tests.Shared;

/// <summary>The real service registrations over a test database, with a manual clock.</summary>
public static class TestServices
{
    public static readonly DateTimeOffset DefaultNow = new(2026, 11, 21, 10, 0, 0, TimeSpan.Zero);

    public static async Task<ServiceProvider> CreateAsync(TestDatabase database, ManualTimeProvider? clock = null, bool demo = false, IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(database);
        var values = new Dictionary<string, string?>
        {
            ["Database:Provider"] = database.Provider,
            ["ConnectionStrings:Werkstatt"] = database.ConnectionString,
            ["Demo:Enabled"] = demo ? "true" : "false",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddWerkstattService(configuration);
        services.RemoveAll<TimeProvider>();
        services.AddSingleton<TimeProvider>(clock ?? new ManualTimeProvider(DefaultNow));
        configure?.Invoke(services);
        var provider = services.BuildServiceProvider();
        await DatabaseInitializer.InitializeAsync(provider, seedDemo: demo);
        return provider;
    }
}
