namespace Werkstatt.Domain.Assignment;

/// <summary>The value of a solution, compared lexicographically: filled, wants, rather-nots (fewer is better), fairness cost (lower is better).</summary>
public sealed record AssignmentObjective(int Filled, int Wants, int RatherNots, long Fairness);
