using Microsoft.Extensions.Configuration;

namespace Werkstatt.Service.Hosting;

/// <summary>One extra settings file shared by the web app and the command line.</summary>
public static class ConfigurationExtensions
{
    /// <summary>Environment variable naming a JSON settings file both hosts read (after appsettings.json, before environment variables).</summary>
    public const string SettingsFileVariable = "WERKSTATT_SETTINGS";

    public static IConfigurationBuilder AddWerkstattSettingsFile(this IConfigurationBuilder configuration)
    {
        var path = Environment.GetEnvironmentVariable(SettingsFileVariable);
        if (!string.IsNullOrWhiteSpace(path))
        {
            configuration.AddJsonFile(Path.GetFullPath(path), optional: false, reloadOnChange: false);
        }

        return configuration;
    }
}
