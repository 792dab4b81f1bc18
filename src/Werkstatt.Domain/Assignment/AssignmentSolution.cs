namespace Werkstatt.Domain.Assignment;

/// <summary>
/// The solver's answer: every assignment (claims first, each process in id order), the slots left empty and the
/// objective value.
/// </summary>
public sealed record AssignmentSolution(IReadOnlyList<SolvedAssignment> Assignments, IReadOnlyList<UnfilledSlot> Unfilled, AssignmentObjective Objective);
