using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Werkstatt.Service.Accounts;
using Werkstatt.Service.Demo;
using Werkstatt.Service.Persistence;
using Werkstatt.Service.Security;

namespace Werkstatt.Service.Hosting;

/// <summary>Start-up work shared by web app and worker: migrations, the first data-protection key, roles, and (web only) the demo network.</summary>
public static class DatabaseInitializer
{
    public static async Task<IReadOnlyList<DemoLogin>> InitializeAsync(IServiceProvider services, bool seedDemo, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(services);
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        if (provider.GetRequiredService<IOptions<DatabaseOptions>>().Value.MigrateOnStart)
        {
            await provider.GetRequiredService<SchemaMigrator>().MigrateAsync(cancellationToken);
        }

        await DataProtectionKeyBootstrap.EnsureKeyAsync(provider, cancellationToken);
        await provider.GetRequiredService<AccountService>().EnsureRolesAsync(cancellationToken);
        return seedDemo ? await provider.GetRequiredService<DemoSeeder>().SeedAsync(cancellationToken) : [];
    }
}
