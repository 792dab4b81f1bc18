using Werkstatt.Domain.Assignment;
using Werkstatt.Domain.Network;
using static Werkstatt.Domain.Tests.Assignment.Problems;

namespace Werkstatt.Domain.Tests.Assignment;

/// <summary>The German reasons next to every assignment and every empty slot.</summary>
public class AssignmentExplanationTests
{
    // Load before the solver (history + claims) / offer (history + capacity): K1 1/6, S1 0/3, S2 4/5, G1 0/1, G2 0/1;
    // on average 5/16.
    private static readonly AssignmentProblem Network = Problem(
        [Kreis("K1", 2, assigned: 1, offered: 4), Stadt("S1", 1, assigned: 0, offered: 2), Stadt("S2", 1, assigned: 3, offered: 4), Gemeinde("G1", 1, runs: ["p5"]), Gemeinde("G2", 1, runs: ["p6"])],
        [
            Process("p1", slots: 2, crosses: true),
            Process("p2"),
            Process("p3", 1, false, MemberLevel.Kreis),
            Process("p4", 1, false, MemberLevel.Stadt, MemberLevel.Gemeinde),
            Process("p5", 1, false, MemberLevel.Gemeinde),
            Process("p6", 1, false, MemberLevel.Gemeinde),
        ],
        bids: [Says("S1", "p2", Bid.Want), Says("G1", "p5", Bid.NotApplicable), Says("G2", "p6", Bid.RatherNot)],
        claims: [Claim("S2", "p1")]);

    [Fact]
    public void Every_assignment_says_who_why_how_many_places_were_open_and_how_loaded_the_member_was()
    {
        var solution = AssignmentSolver.Solve(Network);

        Assert.Equal(
            [
                new SolvedAssignment("p1", "S2", AssignmentSource.Claim, "Stadt S2: selbst gemeldet"),
                new SolvedAssignment("p1", "K1", AssignmentSource.Solver, "Kreis K1: keine Angabe (zählt als „kann“); 1 von 2 Plätzen frei (ebenenübergreifend: Platz für einen Kreis); bisher unterdurchschnittlich belastet (1 Zuteilung bei 6 angebotenen Plätzen)"),
                new SolvedAssignment("p2", "S1", AssignmentSource.Solver, "Stadt S1: Wunsch geäußert; 1 von 1 Platz frei; bisher unterdurchschnittlich belastet (0 Zuteilungen bei 3 angebotenen Plätzen)"),
                new SolvedAssignment("p3", "K1", AssignmentSource.Solver, "Kreis K1: keine Angabe (zählt als „kann“); 1 von 1 Platz frei; bisher unterdurchschnittlich belastet (1 Zuteilung bei 6 angebotenen Plätzen)"),
                new SolvedAssignment("p6", "G2", AssignmentSource.Solver, "Gemeinde G2: „lieber nicht“ angegeben, aber sonst blieben mehr Plätze leer oder weniger Wünsche erfüllt; 1 von 1 Platz frei; bisher unterdurchschnittlich belastet (0 Zuteilungen bei 1 angebotenen Platz)"),
            ],
            solution.Assignments);
    }

    [Fact]
    public void Empty_slots_say_whether_capacity_ran_out_or_nobody_qualifies()
    {
        var solution = AssignmentSolver.Solve(Network);

        Assert.Equal(
            [
                new UnfilledSlot("p4", 1, "keine Kapazität mehr frei (2 Verwaltungen kämen in Frage, alle sind ausgelastet)"),
                new UnfilledSlot("p5", 1, "niemand kommt in Frage (Ebene/betrifft uns nicht): 3 auf einer anderen Ebene, 1 „betrifft uns nicht“, 1 führt den Prozess nicht"),
            ],
            solution.Unfilled);
    }

    [Fact]
    public void A_member_that_carried_more_than_the_average_is_called_so_and_an_explicit_can_is_named()
    {
        var problem = Problem([Stadt("busy", 1, assigned: 4, offered: 4, runs: ["p1"]), Stadt("idle", 1, assigned: 0, offered: 4)], [Process("p1"), Process("p2")], bids: [Says("busy", "p1", Bid.Can)]);

        var reasons = AssignmentSolver.Solve(problem).Assignments.ToDictionary(a => a.Member, a => a.Reason);

        Assert.Equal("Stadt busy: kann übernehmen; 1 von 1 Platz frei; bisher überdurchschnittlich belastet (4 Zuteilungen bei 5 angebotenen Plätzen)", reasons["busy"]);
        Assert.EndsWith("bisher unterdurchschnittlich belastet (0 Zuteilungen bei 5 angebotenen Plätzen)", reasons["idle"], StringComparison.Ordinal);
    }

    [Fact]
    public void A_member_exactly_at_the_average_is_called_average()
    {
        var problem = Problem([Stadt("a", 1, assigned: 1, offered: 1), Stadt("b", 1, assigned: 1, offered: 1)], [Process("p1")]);

        Assert.EndsWith("bisher durchschnittlich belastet (1 Zuteilung bei 2 angebotenen Plätzen)", Assert.Single(AssignmentSolver.Solve(problem).Assignments).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_problem_without_members_leaves_every_slot_empty_with_a_reason()
    {
        var solution = AssignmentSolver.Solve(Problem([], [Process("p1", slots: 2, crosses: true)]));

        Assert.Equal(
            [
                new UnfilledSlot("p1", 1, "Platz für einen Kreis: niemand kommt in Frage (Ebene/betrifft uns nicht): keine Verwaltungen erfasst"),
                new UnfilledSlot("p1", 1, "Platz für eine Stadt oder Gemeinde: niemand kommt in Frage (Ebene/betrifft uns nicht): keine Verwaltungen erfasst"),
            ],
            solution.Unfilled);
        Assert.Equal(new AssignmentObjective(0, 0, 0, 0), solution.Objective);
    }
}
