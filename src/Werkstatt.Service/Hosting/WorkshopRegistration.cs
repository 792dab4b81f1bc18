using Microsoft.Extensions.DependencyInjection;
using Werkstatt.Service.Workshop;

namespace Werkstatt.Service.Hosting;

/// <summary>Registers the workshop days (agenda, attendance) — one line in <c>AddWerkstattService</c>.</summary>
public static class WorkshopRegistration
{
    public static IServiceCollection AddWorkshopDays(this IServiceCollection services)
    {
        services.AddScoped<WorkshopService>();
        return services;
    }
}
