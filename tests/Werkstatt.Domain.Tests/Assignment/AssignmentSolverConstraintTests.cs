using Werkstatt.Domain.Assignment;
using Werkstatt.Domain.Network;
using static Werkstatt.Domain.Tests.Assignment.Problems;

namespace Werkstatt.Domain.Tests.Assignment;

/// <summary>The hard constraints, as properties on random instances and on small examples.</summary>
public class AssignmentSolverConstraintTests
{
    [Fact]
    public void Every_hard_constraint_holds_on_200_larger_random_instances()
    {
        for (var seed = 1; seed <= 200; seed++)
        {
            var random = new Random(30_000 + seed);
            var problem = RandomProblems.Create(random, random.Next(20, 150), random.Next(10, 80), bidShare: random.NextDouble() * 0.5, claimShare: random.NextDouble() * 0.2);
            SolutionChecks.AssertValid(problem, AssignmentSolver.Solve(problem), $"seed {seed}");
        }
    }

    [Fact]
    public void A_crossing_process_with_two_slots_gets_one_kreis_and_one_town()
    {
        var problem = Problem([Kreis("k1", 2), Kreis("k2", 2), Stadt("s1", 1)], [Process("p", slots: 2, crosses: true)]);

        Assert.Equal("p: k1, s1", Teams(AssignmentSolver.Solve(problem)));
    }

    [Fact]
    public void A_crossing_process_without_a_town_keeps_its_town_slot_empty()
    {
        var solution = AssignmentSolver.Solve(Problem([Kreis("k1", 1), Kreis("k2", 1)], [Process("p", slots: 2, crosses: true)]));

        Assert.Equal("p: k1", Teams(solution));
        Assert.Equal(new UnfilledSlot("p", 1, "Platz für eine Stadt oder Gemeinde: niemand kommt in Frage (Ebene/betrifft uns nicht): 2 auf einer anderen Ebene"), Assert.Single(solution.Unfilled));
    }

    [Fact]
    public void A_non_crossing_process_takes_two_members_of_one_level()
    {
        Assert.Equal("p: k1, k2", Teams(AssignmentSolver.Solve(Problem([Kreis("k1", 1), Kreis("k2", 1)], [Process("p", slots: 2)]))));
    }

    [Fact]
    public void Claims_stay_and_use_up_capacity_and_slots()
    {
        var problem = Problem(
            [Stadt("s1", 1), Stadt("s2", 2)],
            [Process("p1", slots: 2), Process("p2")],
            bids: [Says("s1", "p2", Bid.Want)],
            claims: [Claim("s1", "p1")]);

        var solution = AssignmentSolver.Solve(problem);

        Assert.Equal("p1: s1, s2 | p2: s2", Teams(solution));
        Assert.Equal(AssignmentSource.Claim, solution.Assignments.Single(a => a.Member == "s1").Source);
    }

    [Fact]
    public void Nobody_is_put_on_a_process_of_another_level_marked_not_applicable_or_not_run()
    {
        var problem = Problem(
            [Kreis("k", 3), Stadt("s", 3), Gemeinde("g", 3, runs: ["p-other"])],
            [Process("p", slots: 2, crosses: false, MemberLevel.Stadt, MemberLevel.Gemeinde)],
            bids: [Says("s", "p", Bid.NotApplicable)]);

        var solution = AssignmentSolver.Solve(problem);

        Assert.Empty(solution.Assignments);
        Assert.Equal("niemand kommt in Frage (Ebene/betrifft uns nicht): 1 auf einer anderen Ebene, 1 „betrifft uns nicht“, 1 führt den Prozess nicht", Assert.Single(solution.Unfilled).Reason);
    }

    [Fact]
    public void No_member_exceeds_its_capacity_and_none_is_twice_on_a_process()
    {
        var problem = Problem([Stadt("s", 2)], [Process("p1", slots: 2), Process("p2", slots: 2), Process("p3", slots: 2)]);

        var solution = AssignmentSolver.Solve(problem);

        Assert.Equal(2, solution.Objective.Filled);
        Assert.Equal("p1: s | p2: s", Teams(solution));
        Assert.Equal(4, solution.Unfilled.Sum(u => u.Slots));
    }

    [Fact]
    public void Unfilled_reasons_count_the_members_per_hard_constraint()
    {
        for (var seed = 1; seed <= 100; seed++)
        {
            var random = new Random(40_000 + seed);
            var problem = RandomProblems.Create(random, random.Next(2, 40), random.Next(1, 30));
            var solution = AssignmentSolver.Solve(problem);
            foreach (var unfilled in solution.Unfilled)
            {
                Assert.Equal(ExpectedReason(problem, solution, unfilled), WithoutSide(unfilled.Reason));
            }
        }
    }

    private static string WithoutSide(string reason) =>
        reason.StartsWith("Platz für", StringComparison.Ordinal) ? reason[(reason.IndexOf(": ", StringComparison.Ordinal) + 2)..] : reason;

    private static string ExpectedReason(AssignmentProblem problem, AssignmentSolution solution, UnfilledSlot unfilled)
    {
        var process = problem.Processes.Single(p => p.Id == unfilled.Process);
        var team = solution.Assignments.Where(a => a.Process == process.Id).Select(a => a.Member).ToHashSet();
        bool SideFits(SolverMember m) => !Reference.IsSplit(process) || unfilled.Reason.StartsWith("Platz für einen Kreis", StringComparison.Ordinal) != Reference.IsTown(m.Level);
        var level = problem.Members.Count(m => !process.Levels.Contains(m.Level) || !SideFits(m));
        var rest = problem.Members.Where(m => process.Levels.Contains(m.Level) && SideFits(m)).ToList();
        var notApplicable = rest.Count(m => Reference.BidOf(problem, m.Id, process.Id) == Bid.NotApplicable);
        rest = [.. rest.Where(m => Reference.BidOf(problem, m.Id, process.Id) != Bid.NotApplicable)];
        var notRun = rest.Count(m => m.Runs is not null && !m.Runs.Contains(process.Id));
        rest = [.. rest.Where(m => m.Runs is null || m.Runs.Contains(process.Id))];
        var already = rest.Count(m => team.Contains(m.Id));
        var eligible = rest.Count - already;
        if (eligible > 0)
        {
            return eligible == 1 ? "keine Kapazität mehr frei (1 Verwaltung käme in Frage und ist ausgelastet)" : $"keine Kapazität mehr frei ({eligible} Verwaltungen kämen in Frage, alle sind ausgelastet)";
        }

        var parts = new List<string>();
        if (level > 0)
        {
            parts.Add($"{level} auf einer anderen Ebene");
        }

        if (notApplicable > 0)
        {
            parts.Add($"{notApplicable} „betrifft uns nicht“");
        }

        if (notRun > 0)
        {
            parts.Add(notRun == 1 ? "1 führt den Prozess nicht" : $"{notRun} führen den Prozess nicht");
        }

        if (already > 0)
        {
            parts.Add(already == 1 ? "1 ist schon dabei" : $"{already} sind schon dabei");
        }

        return "niemand kommt in Frage (Ebene/betrifft uns nicht): " + (parts.Count == 0 ? "keine Verwaltungen erfasst" : string.Join(", ", parts));
    }
}
