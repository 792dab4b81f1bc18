using System.Diagnostics;
using System.Text.Json;

namespace Werkstatt.Service.Tests.Calendar;

/// <summary>
/// Runs our calendars through independent parsers: ical.js under node (npm, tests/Werkstatt.Service.Tests/node_modules)
/// and python3-icalendar plus libical's iTIP restriction check (Debian's python3 with gir1.2-ical-3.0). One launch
/// of each for a whole batch. Skips when they are missing, except under CI=true.
/// </summary>
public static class CalendarCheckers
{
    public sealed record Results(IReadOnlyList<JsonElement> IcalJs, IReadOnlyList<JsonElement> Python);

    public static async Task<Results> CheckAsync(IReadOnlyList<string> calendars)
    {
        ArgumentNullException.ThrowIfNull(calendars);
        var root = RepositoryRoot();
        var modules = Path.Combine(root, "tests", "Werkstatt.Service.Tests", "node_modules");
        var available = Directory.Exists(Path.Combine(modules, "ical.js")) && File.Exists("/usr/bin/python3") && await ExitCodeAsync("/usr/bin/python3", "-c", "import icalendar, gi; gi.require_version('ICalGLib', '3.0')") == 0;
        if (!available)
        {
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException("CI=true but ical.js (npm ci in tests/Werkstatt.Service.Tests) or python3-icalendar/gir1.2-ical-3.0 is missing.");
            }

            Assert.Skip("Calendar checkers missing: run ./build.sh test (npm ci, apt-get python3-icalendar gir1.2-ical-3.0).");
        }

        var directory = Path.Combine(Path.GetTempPath(), $"werkstatt-ics-{Guid.NewGuid():N}");
        Directory.CreateDirectory(directory);
        try
        {
            var files = new List<string>();
            foreach (var calendar in calendars)
            {
                var file = Path.Combine(directory, $"{files.Count:000}.ics");
                await File.WriteAllBytesAsync(file, System.Text.Encoding.UTF8.GetBytes(calendar));
                files.Add(file);
            }

            var scripts = Path.Combine(root, "tests", "Werkstatt.Service.Tests", "Calendar");
            var node = RunAsync("node", [Path.Combine(scripts, "check_ical.cjs"), .. files], modules);
            var python = RunAsync("/usr/bin/python3", [Path.Combine(scripts, "check_ical.py"), .. files], null);
            return new Results(Parse(await node), Parse(await python));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static List<JsonElement> Parse(string json) => JsonDocument.Parse(json).RootElement.EnumerateArray().Select(e => e.Clone()).ToList();

    private static async Task<string> RunAsync(string program, IReadOnlyList<string> arguments, string? nodePath)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        if (nodePath is not null)
        {
            start.Environment["NODE_PATH"] = nodePath;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
        Assert.True(process.ExitCode == 0, $"{program} failed: {await error}");
        return await output;
    }

    private static async Task<int> ExitCodeAsync(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        await process.WaitForExitAsync();
        return process.ExitCode;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Werkstatt.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Werkstatt.sln not found.");
    }
}
