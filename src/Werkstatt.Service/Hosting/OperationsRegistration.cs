using Microsoft.Extensions.DependencyInjection;
using Werkstatt.Service.Operations;
using Werkstatt.Service.Persistence;

namespace Werkstatt.Service.Hosting;

/// <summary>Registers the operations features: backup and restore (one line in <c>AddWerkstattService</c>).</summary>
public static class OperationsRegistration
{
    public static IServiceCollection AddOperations(this IServiceCollection services)
    {
        services.AddScoped(sp => new BackupService(sp.GetRequiredService<WerkstattDbContext>()));
        return services;
    }
}
