namespace Werkstatt.Domain.Assignment;

/// <summary>A slot a member has already claimed; the solver keeps it as it is.</summary>
public sealed record SolverClaim(string Member, string Process);
