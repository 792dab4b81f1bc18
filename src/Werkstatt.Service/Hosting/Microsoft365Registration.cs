using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Werkstatt.Service.Mail;
using Werkstatt.Service.Microsoft365;

namespace Werkstatt.Service.Hosting;

/// <summary>Registers the Microsoft 365 integration: per-network Graph clients, the event loop, sendMail (one line in <c>AddWerkstattService</c>).</summary>
public static class Microsoft365Registration
{
    public static IServiceCollection AddMicrosoft365(this IServiceCollection services)
    {
        services.AddOptions<Microsoft365Options>().BindConfiguration(Microsoft365Options.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<Microsoft365Options>, Microsoft365OptionsValidator>();
        services.AddSingleton<IValidateOptions<MailOptions>, GraphMailOptionsValidator>();
        services.AddSingleton<GraphHttpHandlerFactory>();
        services.AddSingleton<GraphClients>();
        services.AddSingleton<GraphSignal>();
        services.AddScoped<GraphEventWriter>();
        services.AddScoped<GraphCalendarSync>();
        services.AddKeyedSingleton<IMailTransport, GraphMailTransport>(MailTransportKind.Graph);
        services.AddHostedService<GraphSyncHost>();
        return services;
    }
}
