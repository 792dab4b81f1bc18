namespace Werkstatt.Domain.Assignment;

/// <summary>The input of the solver.</summary>
public sealed record AssignmentProblem(IReadOnlyList<SolverMember> Members, IReadOnlyList<SolverProcess> Processes, IReadOnlyList<SolverBid> Bids, IReadOnlyList<SolverClaim> Claims);
