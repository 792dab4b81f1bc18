using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Werkstatt.Service.Hosting;

namespace Werkstatt.Service.Cli;

/// <summary>Builds a host with the same configuration sources and keys as the web app (appsettings.json, environment).</summary>
internal static class CliHost
{
    public static HostApplicationBuilder CreateBuilder(bool quiet)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = [],
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Configuration.AddWerkstattSettingsFile();

        // Same keys as Werkstatt.Web: ASPNETCORE_-prefixed variables count here too.
        builder.Configuration.AddEnvironmentVariables("ASPNETCORE_");
        builder.Configuration.AddEnvironmentVariables();
        if (quiet)
        {
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
        }

        builder.Services.AddWerkstattService(builder.Configuration);
        return builder;
    }

    public static IHost Build(bool quiet = true) => CreateBuilder(quiet).Build();
}
