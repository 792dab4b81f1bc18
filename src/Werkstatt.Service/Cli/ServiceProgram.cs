using System.CommandLine;
using System.Globalization;

namespace Werkstatt.Service.Cli;

/// <summary>The operator command line (like Nextcloud's occ): <c>dotnet run --project src/Werkstatt.Service -- &lt;verb&gt;</c>.</summary>
public static class ServiceProgram
{
    public static async Task<int> Main(string[] args)
    {
        CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.GetCultureInfo("de-DE");
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("de-DE");
        var root = Commands.Build();
        var effective = args.Length == 0 ? ["worker"] : args;
        return await root.Parse(effective).InvokeAsync();
    }
}
