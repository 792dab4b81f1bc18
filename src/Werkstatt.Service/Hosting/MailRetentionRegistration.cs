using Microsoft.Extensions.DependencyInjection;
using Werkstatt.Service.Notifications;

namespace Werkstatt.Service.Hosting;

/// <summary>Registers the retention of sent mail bodies (run by the maintenance job).</summary>
public static class MailRetentionRegistration
{
    public static IServiceCollection AddMailRetention(this IServiceCollection services)
    {
        services.AddOptions<SentMailRetentionOptions>().BindConfiguration(SentMailRetentionOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<SentMailRetention>();
        return services;
    }
}
