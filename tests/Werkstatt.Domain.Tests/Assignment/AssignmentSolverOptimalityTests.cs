using Werkstatt.Domain.Assignment;

namespace Werkstatt.Domain.Tests.Assignment;

/// <summary>Exact optimality: the solver's objective equals that of exhaustive enumeration and of an independent flow solver.</summary>
public class AssignmentSolverOptimalityTests
{
    [Fact]
    public void The_solver_matches_exhaustive_enumeration_on_400_small_instances()
    {
        var compared = 0;
        for (var seed = 1; seed <= 400; seed++)
        {
            var problem = RandomProblems.Small(seed);
            var solution = AssignmentSolver.Solve(problem);
            SolutionChecks.AssertValid(problem, solution, $"seed {seed}");
            Assert.True(BruteForceSolver.Best(problem) == solution.Objective, $"seed {seed}: enumeration {BruteForceSolver.Best(problem)}, solver {solution.Objective}");
            compared++;
        }

        Assert.Equal(400, compared);
    }

    [Fact]
    public void The_solver_matches_exhaustive_enumeration_on_300_instances_full_of_trade_offs()
    {
        for (var seed = 1; seed <= 300; seed++)
        {
            var problem = RandomProblems.TradeOffs(seed);
            var solution = AssignmentSolver.Solve(problem);
            SolutionChecks.AssertValid(problem, solution, $"seed {seed}");
            Assert.True(BruteForceSolver.Best(problem) == solution.Objective, $"seed {seed}: enumeration {BruteForceSolver.Best(problem)}, solver {solution.Objective}");
        }
    }

    [Fact]
    public void Enumeration_covers_every_objective_level()
    {
        // Guards against a generator that never produces trade-offs: the instances must exercise each level.
        var problems = Enumerable.Range(1, 400).Select(RandomProblems.Small).ToList();
        var solutions = problems.Select(AssignmentSolver.Solve).ToList();
        Assert.Contains(solutions, s => s.Unfilled.Count > 0);
        Assert.Contains(solutions, s => s.Objective.Wants > 0);
        Assert.Contains(solutions, s => s.Objective.RatherNots > 0);
        Assert.Contains(solutions, s => s.Assignments.Any(a => a.Source == AssignmentSource.Claim));
        Assert.Contains(problems, p => p.Processes.Any(Reference.IsSplit));
    }

    [Fact]
    public void The_solver_matches_an_independent_lexicographic_flow_solver_on_150_medium_instances()
    {
        for (var seed = 1; seed <= 150; seed++)
        {
            var random = new Random(10_000 + seed);
            var problem = RandomProblems.Create(random, random.Next(8, 26), random.Next(4, 16), bidShare: 0.3, claimShare: 0.1);
            var solution = AssignmentSolver.Solve(problem);
            SolutionChecks.AssertValid(problem, solution, $"seed {seed}");
            var expected = LexicographicFlowSolver.Best(problem);
            Assert.True(expected == solution.Objective, $"seed {seed}: reference {expected}, solver {solution.Objective}");
        }
    }
}
