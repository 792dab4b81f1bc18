using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Werkstatt.Service.Persistence;

namespace Werkstatt.Service.Hosting;

/// <summary>
/// The database context is pooled: its options (provider, interceptors) are built once per process and a context is
/// reset and reused instead of built for every request. Each scope leases one context and hands it the scope's
/// services (<see cref="WerkstattDbContext.ScopeServices"/>) – the domain event handlers and the audit's actor belong
/// to the request, not to the pooled options. Disposing the scope returns the context to the pool.
/// </summary>
internal static class WerkstattDbContextRegistration
{
    public static void AddPooledWerkstattDbContext<TContext>(this IServiceCollection services, Action<IServiceProvider, DbContextOptionsBuilder> configure)
        where TContext : WerkstattDbContext
    {
        services.AddPooledDbContextFactory<TContext>(configure);
        services.AddScoped<WerkstattDbContext>(sp =>
        {
            var context = sp.GetRequiredService<IDbContextFactory<TContext>>().CreateDbContext();
            context.ScopeServices = sp;
            return context;
        });
    }
}
