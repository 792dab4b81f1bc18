using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Werkstatt.Service.Accounts.Caching;
using Werkstatt.Service.Persistence;

namespace Werkstatt.Service.Hosting;

/// <summary>The actor cache, its save interceptor and (PostgreSQL) its change listener (one line in <c>AddWerkstattService</c>).</summary>
public static class ActorCacheRegistration
{
    public static IServiceCollection AddActorCache(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<ActorCacheOptions>().BindConfiguration(ActorCacheOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        var database = configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();

        // Other processes (web instances, worker, CLI) change a PostgreSQL database; a SQLite one is used by one process.
        services.AddSingleton(sp => new ActorCache(sp.GetRequiredService<IOptions<ActorCacheOptions>>(), sp.GetRequiredService<TimeProvider>(), database.IsPostgres));
        services.AddSingleton(sp => new ActorListenerConnection(
            database.IsPostgres ? configuration.GetConnectionString("Werkstatt") : null,
            sp.GetRequiredService<IOptions<ActorCacheOptions>>().Value.ListenerRetryDelay));
        services.AddSingleton<ActorCacheInterceptor>();
        services.ConfigureDbContext<PostgresWerkstattDbContext>((sp, o) => o.AddInterceptors(sp.GetRequiredService<ActorCacheInterceptor>()));
        services.ConfigureDbContext<SqliteWerkstattDbContext>((sp, o) => o.AddInterceptors(sp.GetRequiredService<ActorCacheInterceptor>()));
        services.AddHostedService<ActorChangeListener>();
        return services;
    }
}
