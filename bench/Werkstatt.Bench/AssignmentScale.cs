using System.Diagnostics;
using System.Globalization;
using Werkstatt.Domain.Assignment;

namespace Werkstatt.Bench;

/// <summary>
/// <c>-- assignment-scale [members …]</c>: solves national instances once each with a stopwatch and prints the time,
/// the objective and the memory (peak working set of the process, managed heap after the solve).
/// </summary>
public static class AssignmentScale
{
    public static void Run(string[] args)
    {
        var sizes = args.Length > 0 ? args.Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray() : [1_000, 3_000, 6_000, 11_000];
        AssignmentSolver.Solve(AssignmentInstances.Network()); // JIT before the first measurement
        Console.WriteLine("members\tprocesses\tslots\tpairs\tgenerate_ms\tsolve_ms\tfilled\twants\tratherNots\tfairness\tunfilled\tpeak_ws_mb\tmanaged_mb");
        foreach (var size in sizes)
        {
            var generate = Stopwatch.StartNew();
            var problem = AssignmentInstances.National(size);
            generate.Stop();
            var pairs = problem.Members.Sum(m => (long)m.Runs!.Count);
            GC.Collect();
            var solve = Stopwatch.StartNew();
            var solution = AssignmentSolver.Solve(problem);
            solve.Stop();
            var managed = GC.GetTotalMemory(forceFullCollection: false) / (1024.0 * 1024.0);
            using var process = Process.GetCurrentProcess();
            var peak = process.PeakWorkingSet64 / (1024.0 * 1024.0);
            var o = solution.Objective;
            Console.WriteLine(string.Join(
                '\t',
                size,
                problem.Processes.Count,
                problem.Processes.Sum(p => p.Slots),
                pairs,
                generate.ElapsedMilliseconds,
                solve.ElapsedMilliseconds,
                o.Filled,
                o.Wants,
                o.RatherNots,
                o.Fairness,
                solution.Unfilled.Sum(u => u.Slots),
                peak.ToString("F0", CultureInfo.InvariantCulture),
                managed.ToString("F0", CultureInfo.InvariantCulture)));
            if (Environment.GetEnvironmentVariable("WERKSTATT_BENCH_STAGES") == "1")
            {
                Console.WriteLine("  " + AssignmentStages.Time(problem));
            }
        }
    }
}
