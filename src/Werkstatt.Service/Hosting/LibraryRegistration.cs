using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Werkstatt.Domain.Cycle.Events;
using Werkstatt.Service.Events;
using Werkstatt.Service.Library;
using Werkstatt.Service.Library.Sources;

namespace Werkstatt.Service.Hosting;

/// <summary>The process library: source adapter, packaging job, search, downloads, onboarding import.</summary>
public static class LibraryRegistration
{
    public static IServiceCollection AddLibrary(this IServiceCollection services)
    {
        services.AddOptions<LibraryOptions>().BindConfiguration(LibraryOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddScoped<ILibrarySource, SubmissionLibrarySource>();
        services.AddSingleton<LibrarySignal>();
        services.AddScoped<IHandles<WerkstattPhaseChanged>, PublishedWerkstattHandler>();
        services.AddScoped<LibraryPackager>();
        services.AddScoped<LibraryService>();
        services.AddScoped<LibraryDownloads>();
        services.AddScoped<LibraryOnboarding>();
        services.AddHostedService<LibraryPackagingHost>();
        return services;
    }
}
