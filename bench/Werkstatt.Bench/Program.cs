using BenchmarkDotNet.Running;

namespace Werkstatt.Bench;

/// <summary>Runs the benchmarks named on the command line (e.g. <c>schedule</c>); see docs/benchmarks.md.</summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromTypes([typeof(ScheduleBenchmarks)]).Run(Aliases(args));

    // "schedule" is easier to type than the filter syntax; anything else goes to BenchmarkDotNet unchanged.
    private static string[] Aliases(string[] args) => args is ["schedule", .. var rest] ? ["--filter", "*ScheduleBenchmarks*", .. rest] : args;
}
