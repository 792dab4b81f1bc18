using BenchmarkDotNet.Running;

namespace Werkstatt.Bench;

/// <summary>Runs the benchmarks named on the command line (e.g. <c>schedule</c>, <c>assignment</c>); see docs/benchmarks.md.</summary>
public static class Program
{
    public static void Main(string[] args)
    {
        switch (args)
        {
            case ["assignment-scale", .. var sizes]:
                AssignmentScale.Run(sizes);
                break;
            case ["assignment-json", var path, .. var rest]:
                AssignmentJsonFile.Write(path, rest);
                break;
            default:
                BenchmarkSwitcher.FromTypes([typeof(ScheduleBenchmarks), typeof(AssignmentBenchmarks)]).Run(Aliases(args));
                break;
        }
    }

    // "schedule" is easier to type than the filter syntax; anything else goes to BenchmarkDotNet unchanged.
    private static string[] Aliases(string[] args) => args switch
    {
        ["schedule", .. var rest] => ["--filter", "*ScheduleBenchmarks*", .. rest],
        ["assignment", .. var rest] => ["--filter", "*AssignmentBenchmarks*", .. rest],
        _ => args,
    };
}
