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

    [Fact]
    public void Solutions_of_instances_with_hundreds_of_members_admit_no_improving_cycle()
    {
        for (var seed = 1; seed <= 6; seed++)
        {
            var random = new Random(50_000 + seed);
            var problem = RandomProblems.Create(random, random.Next(150, 400), random.Next(40, 100), bidShare: 0.05, claimShare: 0.01);
            var solution = AssignmentSolver.Solve(problem);
            SolutionChecks.AssertValid(problem, solution, $"seed {seed}");
            Assert.False(NegativeCycleCheck.HasImprovingCycle(problem, solution), $"seed {seed}: the solution can be improved");
        }
    }

    [Fact]
    public void The_cycle_check_finds_the_improvement_of_a_worse_solution()
    {
        var problem = Problems.Problem(
            [Problems.Stadt("W", 1, runs: ["p1", "p4"]), Problems.Stadt("A", 1, runs: ["p1", "p3"]), Problems.Stadt("B", 1, runs: ["p3", "p4"])],
            [Problems.Process("p1"), Problems.Process("p3"), Problems.Process("p4")],
            bids: [Problems.Says("W", "p1", Bid.Want), Problems.Says("A", "p3", Bid.RatherNot), Problems.Says("B", "p4", Bid.RatherNot)]);
        var worse = new AssignmentSolution(
            [new("p1", "A", AssignmentSource.Solver, "-"), new("p3", "B", AssignmentSource.Solver, "-"), new("p4", "W", AssignmentSource.Solver, "-")],
            [],
            new AssignmentObjective(3, 0, 0, 0));

        Assert.True(NegativeCycleCheck.HasImprovingCycle(problem, worse));
        Assert.False(NegativeCycleCheck.HasImprovingCycle(problem, AssignmentSolver.Solve(problem)));
    }
}
