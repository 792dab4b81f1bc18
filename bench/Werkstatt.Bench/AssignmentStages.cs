using System.Diagnostics;
using Werkstatt.Domain.Assignment;

namespace Werkstatt.Bench;

/// <summary>Where the solver's time goes: the stages of <see cref="AssignmentSolver.Solve"/>, timed one by one.</summary>
public static class AssignmentStages
{
    public static string Time(AssignmentProblem problem)
    {
        var watch = Stopwatch.StartNew();
        var validated = ProblemValidation.Validate(problem);
        var validate = watch.ElapsedMilliseconds;
        var network = AssignmentNetwork.Build(validated);
        var build = watch.ElapsedMilliseconds;
        var flow = new ShortestPathFlow(network);
        flow.Run();
        var solve = watch.ElapsedMilliseconds;
        SolutionBuilder.Build(validated, network, flow);
        var explain = watch.ElapsedMilliseconds;
        return $"validate {validate} ms, network {build - validate} ms ({network.ArcMember.Length} arcs), flow {solve - build} ms ({flow.Augmentations} augmentations, {flow.Settled} settled, {flow.Scanned} arcs scanned), solution {explain - solve} ms; W1 = {network.Weights.Unfilled:E2}, W2 = {network.Weights.Want:E2}, W3 = {network.Weights.RatherNot:E2}";
    }
}
