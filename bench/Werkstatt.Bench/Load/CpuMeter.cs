using System.Diagnostics;
using System.Globalization;

namespace Werkstatt.Bench.Load;

/// <summary>
/// CPU time (user + system, from /proc) spent by each part of the layout: web instances, worker, nginx, PostgreSQL
/// (postmaster and its backends) and the bench client itself. On a machine shared with other work the wall-clock
/// throughput moves with their load; the CPU milliseconds per request do not, so they are what compares two runs.
/// </summary>
public sealed class CpuMeter(IReadOnlyDictionary<string, IReadOnlyList<int>> parts)
{
    // Linux reports utime/stime in clock ticks; USER_HZ is 100 on every mainstream distribution.
    private const double TicksPerSecond = 100;

    // The last figure seen per part and process: a backend that exits between two snapshots keeps what it had used.
    private readonly Dictionary<string, Dictionary<int, long>> _seen = [];

    /// <summary>CPU seconds per part so far (children included for PostgreSQL and nginx).</summary>
    public IReadOnlyDictionary<string, double> Snapshot()
    {
        var children = ChildrenByParent();
        var result = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (name, pids) in parts)
        {
            if (!_seen.TryGetValue(name, out var seen))
            {
                _seen[name] = seen = [];
            }

            foreach (var process in pids.Concat(pids.SelectMany(p => children.GetValueOrDefault(p, []))))
            {
                if (Ticks(process) is { } ticks)
                {
                    seen[process] = ticks;
                }
            }

            result[name] = seen.Values.Sum() / TicksPerSecond;
        }

        result["client"] = Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;
        return result;
    }

    /// <summary>"web 3.1 + postgres 1.2 + … = 5.0 ms CPU per request" between two snapshots.</summary>
    public static (string Text, double TotalMs) PerRequest(IReadOnlyDictionary<string, double> before, IReadOnlyDictionary<string, double> after, int requests)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var perPart = after.Select(p => (p.Key, Ms: (p.Value - before.GetValueOrDefault(p.Key)) * 1000 / Math.Max(1, requests))).ToList();
        var total = perPart.Sum(p => p.Ms);
        var text = string.Join(" + ", perPart.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Key} {p.Ms:0.00}")));
        return (string.Create(CultureInfo.InvariantCulture, $"{text} = {total:0.00} ms CPU per request"), total);
    }

    /// <summary>The postmaster's pid from the data directory PostgreSQL reports.</summary>
    public static int PostmasterOf(string dataDirectory) =>
        int.Parse(File.ReadLines(Path.Combine(dataDirectory, "postmaster.pid")).First(), CultureInfo.InvariantCulture);

    private static long? Ticks(int pid)
    {
        var fields = Stat(pid);
        return fields is null ? null : long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
    }

    private static Dictionary<int, List<int>> ChildrenByParent()
    {
        var map = new Dictionary<int, List<int>>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(dir), out var pid) && Stat(pid) is { } fields)
            {
                var parent = int.Parse(fields[1], CultureInfo.InvariantCulture);
                if (!map.TryGetValue(parent, out var list))
                {
                    map[parent] = list = [];
                }

                list.Add(pid);
            }
        }

        return map;
    }

    // /proc/PID/stat: "pid (comm) state ppid …"; comm may contain spaces, so split after the last ')'.
    // Returned fields start at state: [0] state, [1] ppid, [11] utime, [12] stime.
    private static string[]? Stat(int pid)
    {
        try
        {
            var line = File.ReadAllText($"/proc/{pid}/stat");
            return line[(line.LastIndexOf(')') + 2)..].Split(' ');
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
