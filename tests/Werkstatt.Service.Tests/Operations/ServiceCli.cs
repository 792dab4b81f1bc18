using System.Diagnostics;
using Werkstatt.Tests.Shared;

namespace Werkstatt.Service.Tests.Operations;

/// <summary>Runs the operator command line (the built Werkstatt.Service.dll next to the tests) as a real process.</summary>
internal static class ServiceCli
{
    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(60);

    public static Task<(int Code, string Output, string Error)> RunAsync(TestDatabase database, params string[] args) =>
        RunAsync(database, Path.Combine(Path.GetTempPath(), "werkstatt-cli-unused"), DefaultTimeout, args);

    /// <summary>Runs a verb that needs no database (e.g. <c>bpmn inspect</c>).</summary>
    public static Task<(int Code, string Output, string Error)> RunWithoutDatabaseAsync(params string[] args) =>
        RunAsync(null, null, DefaultTimeout, args);

    public static async Task<(int Code, string Output, string Error)> RunAsync(
        TestDatabase? database, string? dataDirectory, TimeSpan? timeout, params string[] args)
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

        if (database is not null)
        {
            start.Environment["Database__Provider"] = database.Provider;
            start.Environment["ConnectionStrings__Werkstatt"] = database.ConnectionString;
        }

        if (dataDirectory is not null)
        {
            start.Environment["Storage__DataDirectory"] = dataDirectory;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout ?? DefaultTimeout);
        await process.WaitForExitAsync(cancel.Token);
        return (process.ExitCode, await output, await error);
    }
}
