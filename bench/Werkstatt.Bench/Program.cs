using BenchmarkDotNet.Running;
using Werkstatt.Bench.Bpmn;
using Werkstatt.Bench.Dispatch;

namespace Werkstatt.Bench;

/// <summary>Runs the benchmarks named on the command line (e.g. <c>schedule</c>, <c>assignment</c>, <c>bpmn</c>, <c>dispatch</c>); see docs/benchmarks.md.</summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        switch (args)
        {
            // "dispatch" is a throughput/lag run of the real scheduler and dispatcher, not a BenchmarkDotNet micro-benchmark.
            case ["dispatch", .. var options]:
                return await DispatchBenchmark.RunAsync(DispatchSettings.Parse(options));
            // "load" starts PostgreSQL's layout (web instances, worker, nginx) and drives the voting and claiming window through it.
            case ["load", .. var loadOptions]:
                return await Load.LoadBenchmark.RunAsync(Load.LoadSettings.Parse(loadOptions));
            case ["live", .. var liveArgs]:
                return await Live.LiveBenchmark.RunAsync(liveArgs);
            case ["dossier-changes", .. var changeArgs]:
                return await DossierChanges.DossierChangesBenchmark.RunAsync(changeArgs);
            case ["dossier", .. var dossierArgs]:
                return DossierBenchmark.Run(dossierArgs);
            case ["assignment-scale", .. var sizes]:
                AssignmentScale.Run(sizes);
                return 0;
            case ["library-search", .. var searchArgs]:
                return await Library.LibrarySearchBenchmark.RunAsync(searchArgs);
            case ["registers", .. var registerArgs]:
                return await RegisterScale.RunAsync(registerArgs);
            case ["assignment-json", var path, .. var rest]:
                AssignmentJsonFile.Write(path, rest);
                return 0;
            default:
                BenchmarkSwitcher.FromTypes([typeof(ScheduleBenchmarks), typeof(AssignmentBenchmarks), typeof(BpmnBenchmarks)]).Run(Aliases(args));
                return 0;
        }
    }

    // "schedule" is easier to type than the filter syntax; anything else goes to BenchmarkDotNet unchanged.
    private static string[] Aliases(string[] args) => args switch
    {
        ["schedule", .. var rest] => ["--filter", "*ScheduleBenchmarks*", .. rest],
        ["assignment", .. var rest] => ["--filter", "*AssignmentBenchmarks*", .. rest],
        ["bpmn", .. var rest] => ["--filter", "*BpmnBenchmarks*", .. rest],
        _ => args,
    };
}
