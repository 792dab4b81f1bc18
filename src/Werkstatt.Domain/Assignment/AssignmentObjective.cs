namespace Werkstatt.Domain.Assignment;

/// <summary>
/// The value of a solution, claims included, in the solver's lexicographic order: most <paramref name="Filled"/> slots,
/// then most <paramref name="Wants"/>, then fewest <paramref name="RatherNots"/>, then lowest <paramref name="Fairness"/>
/// cost (<see cref="AssignmentFairness"/>).
/// </summary>
public sealed record AssignmentObjective(int Filled, int Wants, int RatherNots, long Fairness);
