using System.Diagnostics;
using Werkstatt.Tests.Shared;

namespace Werkstatt.Service.Tests.Operations;

/// <summary>Runs the operator command line (the built Werkstatt.Service.dll next to the tests) against a test database.</summary>
internal static class ServiceCli
{
    public static async Task<(int Code, string Output, string Error)> RunAsync(TestDatabase database, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Werkstatt.Service.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["Database__Provider"] = database.Provider;
        start.Environment["ConnectionStrings__Werkstatt"] = database.ConnectionString;
        start.Environment["Storage__DataDirectory"] = Path.Combine(Path.GetTempPath(), "werkstatt-cli-unused");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }
}
