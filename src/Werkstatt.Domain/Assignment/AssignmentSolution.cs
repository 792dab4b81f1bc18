namespace Werkstatt.Domain.Assignment;

/// <summary>The output of the solver: claims and solver assignments, unfilled slots, objective value.</summary>
public sealed record AssignmentSolution(IReadOnlyList<SolvedAssignment> Assignments, IReadOnlyList<UnfilledSlot> Unfilled, AssignmentObjective Objective);
