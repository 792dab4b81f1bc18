using Microsoft.Extensions.DependencyInjection;
using Werkstatt.Service.Registers;
using Werkstatt.Service.Registers.Exchange;
using Werkstatt.Service.Registers.Library;

namespace Werkstatt.Service.Hosting;

/// <summary>Registers blueprints, registers and their exchange (one line in <c>AddWerkstattService</c>).</summary>
public static class RegisterRegistration
{
    public static IServiceCollection AddRegisters(this IServiceCollection services)
    {
        services.AddScoped<RegisterLoader>();
        services.AddScoped<BlueprintService>();
        services.AddScoped<RegisterService>();
        services.AddScoped<RegisterExchangeService>();
        services.AddScoped<NetworkRegisterService>();

        // Stand-in until the process library exists; the library feature replaces this line with its own catalogue.
        services.AddScoped<ILibraryCatalog, LibraryEntryCatalog>();
        return services;
    }
}
