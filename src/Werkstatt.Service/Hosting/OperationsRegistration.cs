using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Werkstatt.Service.Audit;
using Werkstatt.Service.Operations;
using Werkstatt.Service.Persistence;

namespace Werkstatt.Service.Hosting;

/// <summary>Registers the operations features: backup and restore, audit trail (one line in <c>AddWerkstattService</c>).</summary>
public static class OperationsRegistration
{
    public static IServiceCollection AddOperations(this IServiceCollection services)
    {
        services.AddScoped(sp => new BackupService(sp.GetRequiredService<WerkstattDbContext>()));

        services.AddOptions<AuditOptions>().BindConfiguration(AuditOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<AuditContext>();
        services.AddScoped<AuditService>();
        services.AddScoped<Privacy.PersonDataService>();
        services.AddSingleton<AuditInterceptor>();
        services.ConfigureDbContext<PostgresWerkstattDbContext>((sp, o) => o.AddInterceptors(sp.GetRequiredService<AuditInterceptor>()));
        services.ConfigureDbContext<SqliteWerkstattDbContext>((sp, o) => o.AddInterceptors(sp.GetRequiredService<AuditInterceptor>()));
        return services;
    }
}
