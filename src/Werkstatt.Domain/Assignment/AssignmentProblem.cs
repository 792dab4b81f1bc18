namespace Werkstatt.Domain.Assignment;

/// <summary>Everything the solver needs for one Werkstatt; ids are compared ordinally.</summary>
public sealed record AssignmentProblem(IReadOnlyList<SolverMember> Members, IReadOnlyList<SolverProcess> Processes, IReadOnlyList<SolverBid> Bids, IReadOnlyList<SolverClaim> Claims);
