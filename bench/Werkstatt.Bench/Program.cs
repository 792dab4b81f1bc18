using BenchmarkDotNet.Running;
using Werkstatt.Bench.Dispatch;

namespace Werkstatt.Bench;

/// <summary>Runs the benchmarks named on the command line (e.g. <c>schedule</c>, <c>dispatch</c>); see docs/benchmarks.md.</summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        // "dispatch" is a throughput/lag run of the real scheduler and dispatcher, not a BenchmarkDotNet micro-benchmark.
        if (args is ["dispatch", .. var options])
        {
            return await DispatchBenchmark.RunAsync(DispatchSettings.Parse(options));
        }

        BenchmarkSwitcher.FromTypes([typeof(ScheduleBenchmarks)]).Run(Aliases(args));
        return 0;
    }

    // "schedule" is easier to type than the filter syntax; anything else goes to BenchmarkDotNet unchanged.
    private static string[] Aliases(string[] args) => args is ["schedule", .. var rest] ? ["--filter", "*ScheduleBenchmarks*", .. rest] : args;
}
