namespace Werkstatt.Domain.Assignment;

/// <summary>
/// Fills the slots left open by claims, exactly optimal for the lexicographic objective: most slots filled, then most
/// "want" assignments, then fewest "rather not", then the lowest <see cref="AssignmentFairness"/> cost, then a
/// deterministic tie-break (the input sorted by ordinal id; the order of the input never matters).
/// docs/assignment.md describes the model and proves the weights.
/// </summary>
public static class AssignmentSolver
{
    /// <summary>Solves the problem; throws a <see cref="Common.DomainRuleViolation"/> with a German message naming the id when the input is invalid.</summary>
    public static AssignmentSolution Solve(AssignmentProblem problem)
    {
        var validated = ProblemValidation.Validate(problem);
        var network = AssignmentNetwork.Build(validated);
        var flow = new ShortestPathFlow(network);
        flow.Run();
        return SolutionBuilder.Build(validated, network, flow);
    }
}
