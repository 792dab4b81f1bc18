using Werkstatt.Domain.Assignment;

namespace Werkstatt.Domain.Tests.Assignment;

/// <summary>The tie-break is by ordinal id: the same problem in any order gives the same solution, down to the reasons.</summary>
public class AssignmentSolverDeterminismTests
{
    [Fact]
    public void Solving_twice_gives_identical_solutions()
    {
        for (var seed = 1; seed <= 30; seed++)
        {
            var problem = RandomProblems.Create(new Random(seed), 60, 40);
            AssertSame(AssignmentSolver.Solve(problem), AssignmentSolver.Solve(problem));
        }
    }

    [Fact]
    public void Members_processes_bids_claims_and_sets_in_another_order_give_the_same_solution()
    {
        for (var seed = 1; seed <= 100; seed++)
        {
            var random = new Random(20_000 + seed);
            var problem = RandomProblems.Create(random, random.Next(2, 80), random.Next(1, 50));
            var expected = AssignmentSolver.Solve(problem);
            AssertSame(expected, AssignmentSolver.Solve(RandomProblems.Shuffled(problem, seed)));
            AssertSame(expected, AssignmentSolver.Solve(problem with { Members = [.. problem.Members.Reverse()], Processes = [.. problem.Processes.Reverse()] }));
        }
    }

    [Fact]
    public void Equally_good_candidates_are_decided_by_id_not_by_input_order()
    {
        var members = new[] { Problems.Stadt("b", 1), Problems.Stadt("a", 1), Problems.Stadt("c", 1) };
        var forward = AssignmentSolver.Solve(Problems.Problem(members, [Problems.Process("p")]));
        var backward = AssignmentSolver.Solve(Problems.Problem(members.Reverse(), [Problems.Process("p")]));

        Assert.Equal("p: a", Problems.Teams(forward));
        Assert.Equal("p: a", Problems.Teams(backward));
    }

    private static void AssertSame(AssignmentSolution expected, AssignmentSolution actual)
    {
        Assert.Equal(expected.Assignments, actual.Assignments);
        Assert.Equal(expected.Unfilled, actual.Unfilled);
        Assert.Equal(expected.Objective, actual.Objective);
    }
}
