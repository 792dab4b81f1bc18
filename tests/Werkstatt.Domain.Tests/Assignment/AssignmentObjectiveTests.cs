using Werkstatt.Domain.Assignment;
using static Werkstatt.Domain.Tests.Assignment.Problems;

namespace Werkstatt.Domain.Tests.Assignment;

/// <summary>The lexicographic order of the objective levels and the fairness cost, on examples small enough to check by hand.</summary>
public class AssignmentObjectiveTests
{
    [Fact]
    public void Filling_a_slot_beats_every_want()
    {
        // s1 wants p1 but is the only one who can take p2; putting it on p1 would leave p2 empty.
        var problem = Problem(
            [Stadt("s1", 1), Stadt("s2", 1, runs: ["p1"])],
            [Process("p1"), Process("p2")],
            bids: [Says("s1", "p1", Bid.Want), Says("s2", "p1", Bid.RatherNot)]);

        var solution = AssignmentSolver.Solve(problem);

        Assert.Equal("p1: s2 | p2: s1", Teams(solution));
        Assert.Equal(new AssignmentObjective(2, 0, 1, solution.Objective.Fairness), solution.Objective);
    }

    [Fact]
    public void A_want_beats_any_number_of_rather_nots_and_any_fairness()
    {
        // One want on p1 for the heavily loaded s1 forces two "rather not"s elsewhere; still the want wins.
        var problem = Problem(
            [Stadt("s1", 1, assigned: 9, offered: 9), Stadt("s2", 2)],
            [Process("p1"), Process("p2")],
            bids: [Says("s1", "p1", Bid.Want), Says("s1", "p2", Bid.Can), Says("s2", "p1", Bid.Can), Says("s2", "p2", Bid.RatherNot)]);

        var solution = AssignmentSolver.Solve(problem);

        Assert.Equal("p1: s1 | p2: s2", Teams(solution));
        Assert.Equal((2, 1, 1), (solution.Objective.Filled, solution.Objective.Wants, solution.Objective.RatherNots));
    }

    [Fact]
    public void One_want_outweighs_two_rather_nots()
    {
        // Either W wants p1 and A, B fall back on their "rather not"s, or all three take a "can": same fill.
        var problem = Problem(
            [Stadt("W", 1, runs: ["p1", "p4"]), Stadt("A", 1, runs: ["p1", "p3"]), Stadt("B", 1, runs: ["p3", "p4"])],
            [Process("p1"), Process("p3"), Process("p4")],
            bids: [Says("W", "p1", Bid.Want), Says("A", "p3", Bid.RatherNot), Says("B", "p4", Bid.RatherNot)]);

        var solution = AssignmentSolver.Solve(problem);

        Assert.Equal("p1: W | p3: A | p4: B", Teams(solution));
        Assert.Equal((3, 1, 2), (solution.Objective.Filled, solution.Objective.Wants, solution.Objective.RatherNots));
    }

    [Fact]
    public void Fewer_rather_nots_beat_fairness()
    {
        var problem = Problem(
            [Stadt("busy", 1, assigned: 8, offered: 8), Stadt("idle", 1)],
            [Process("p1")],
            bids: [Says("idle", "p1", Bid.RatherNot)]);

        Assert.Equal("p1: busy", Teams(AssignmentSolver.Solve(problem)));
    }

    [Fact]
    public void Fairness_prefers_the_member_that_carried_less_of_what_it_offered()
    {
        var problem = Problem([Stadt("a", 1, assigned: 3, offered: 4), Stadt("b", 1, assigned: 1, offered: 4)], [Process("p1")]);

        Assert.Equal("p1: b", Teams(AssignmentSolver.Solve(problem)));
    }

    [Fact]
    public void Fairness_spreads_work_instead_of_piling_it_on_one_member()
    {
        var problem = Problem([Stadt("a", 2), Stadt("b", 2)], [Process("p1"), Process("p2")]);

        var solution = AssignmentSolver.Solve(problem);

        Assert.Equal(1, solution.Assignments.Count(x => x.Member == "a"));
        Assert.Equal(1, solution.Assignments.Count(x => x.Member == "b"));
    }

    [Fact]
    public void Fairness_gives_more_to_the_member_that_offered_more()
    {
        // Offers over the year: big 6 + 6 = 12, small 0 + 3 = 3. The six cheapest unit costs are big's
        // 833, 2 500, 4 166, 5 833, 7 500 and small's 3 333: five for big, one for small.
        var problem = Problem([Stadt("big", 6, assigned: 0, offered: 6), Stadt("small", 3)], [.. Enumerable.Range(1, 6).Select(i => Process($"p{i}"))]);

        var solution = AssignmentSolver.Solve(problem);

        Assert.Equal(5, solution.Assignments.Count(x => x.Member == "big"));
        Assert.Equal(1, solution.Assignments.Count(x => x.Member == "small"));
        Assert.Equal(833 + 2_500 + 4_166 + 5_833 + 7_500 + 3_333, solution.Objective.Fairness);
    }

    [Fact]
    public void The_fairness_cost_of_an_assignment_grows_with_the_load_relative_to_the_offer()
    {
        Assert.Equal(2_500, AssignmentFairness.UnitCost(1, 4));
        Assert.Equal(7_500, AssignmentFairness.UnitCost(2, 4));
        Assert.Equal(12_500, AssignmentFairness.UnitCost(3, 4));
        Assert.Equal(3_333, AssignmentFairness.UnitCost(1, 3));
        Assert.Equal(2_500 + 7_500 + 12_500, AssignmentFairness.Cost(0, 4, 3));
        Assert.Equal(7_500 + 12_500, AssignmentFairness.Cost(1, 4, 2));
        Assert.Equal(0, AssignmentFairness.Cost(5, 4, 0));
    }

    [Fact]
    public void Fairness_unit_costs_rise_with_every_assignment_and_keep_shares_apart_for_offers_up_to_100()
    {
        // Rising unit costs make the cost of n assignments convex, which the flow's unit arcs rely on.
        for (var offered = 1; offered <= 100; offered++)
        {
            for (var load = 2; load <= 120; load++)
            {
                Assert.True(AssignmentFairness.UnitCost(load, offered) > AssignmentFairness.UnitCost(load - 1, offered), $"load {load}, offered {offered}");
            }
        }

        var shares = from o in Enumerable.Range(1, 100) from l in Enumerable.Range(1, o) select (Load: l, Offered: o);
        foreach (var group in shares.GroupBy(x => AssignmentFairness.UnitCost(x.Load, x.Offered)))
        {
            // Everything rounding to the same cost is the same fraction (2L − 1) / O.
            Assert.Single(group.Select(x => ((2 * x.Load) - 1) / (double)x.Offered).Distinct());
        }
    }

    [Fact]
    public void The_objective_counts_claims_too()
    {
        var problem = Problem(
            [Stadt("s1", 2, assigned: 1, offered: 2), Stadt("s2", 1)],
            [Process("p1"), Process("p2", slots: 2)],
            bids: [Says("s1", "p1", Bid.Want), Says("s2", "p2", Bid.RatherNot)],
            claims: [Claim("s1", "p1")]);

        var solution = AssignmentSolver.Solve(problem);

        Assert.Equal("p1: s1 | p2: s1, s2", Teams(solution));
        var fairness = AssignmentFairness.Cost(1, 4, 2) + AssignmentFairness.Cost(0, 1, 1);
        Assert.Equal(new AssignmentObjective(3, 1, 1, fairness), solution.Objective);
    }
}
