using Microsoft.Extensions.DependencyInjection;
using Werkstatt.Domain.Cycle.Events;
using Werkstatt.Service.Dossiers;
using Werkstatt.Service.Events;
using Werkstatt.Service.ToBe;

namespace Werkstatt.Service.Hosting;

/// <summary>Registers the to-be models and live modelling — one line in <c>AddWerkstattService</c>.</summary>
public static class ToBeRegistration
{
    public static IServiceCollection AddToBeModels(this IServiceCollection services)
    {
        services.AddScoped<ToBeAccess>();
        services.AddScoped<ToBeService>();
        services.AddScoped<ToBeLiveService>();
        services.AddScoped<IHandles<WerkstattPhaseChanged>, WorkshopDoneDossierHandler>();
        return services;
    }
}
