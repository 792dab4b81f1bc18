using BenchmarkDotNet.Attributes;
using Werkstatt.Domain.Assignment;

namespace Werkstatt.Bench;

/// <summary>The assignment solver on a realistic network (15 members, 12 processes) and on a 1,000-member national slice.</summary>
[MemoryDiagnoser]
public class AssignmentBenchmarks
{
    private readonly AssignmentProblem _network = AssignmentInstances.Network();
    private readonly AssignmentProblem _national = AssignmentInstances.National(1_000);

    [Benchmark(Description = "AssignmentSolver.Solve, network (15 members, 12 processes)")]
    public AssignmentObjective Network() => AssignmentSolver.Solve(_network).Objective;

    [Benchmark(Description = "AssignmentSolver.Solve, national slice (1,000 members, 181 processes)")]
    public AssignmentObjective NationalSlice() => AssignmentSolver.Solve(_national).Objective;
}
