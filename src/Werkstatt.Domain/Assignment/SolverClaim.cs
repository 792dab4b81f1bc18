namespace Werkstatt.Domain.Assignment;

/// <summary>A member's own claim of a process; the solver keeps it and fills only the remaining slots.</summary>
public sealed record SolverClaim(string Member, string Process);
