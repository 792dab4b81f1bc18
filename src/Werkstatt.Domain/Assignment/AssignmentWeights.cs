using Werkstatt.Domain.Common;

namespace Werkstatt.Domain.Assignment;

/// <summary>
/// The weights that fold objective levels 2–4 into one long cost per unit of flow (level 1 is the flow value itself).
/// <see cref="RatherNot"/> exceeds every possible fairness difference, <see cref="Want"/> exceeds every possible
/// difference of the two levels below it; docs/assignment.md proves that the lexicographic order holds.
/// </summary>
/// <param name="Units">N: no solution assigns more than this many slots (min of free capacity and open slots).</param>
/// <param name="MaxUnitCost">The largest fairness unit cost any new assignment can have.</param>
/// <param name="FairnessCap">An upper bound of the solver's fairness cost: min(N · MaxUnitCost, sum of all unit costs).</param>
/// <param name="RatherNotCap">An upper bound of the number of "rather not" assignments: min(N, eligible "rather not" pairs).</param>
/// <param name="RatherNot">W₃ = FairnessCap + 1.</param>
/// <param name="Want">W₂ = W₃ · RatherNotCap + FairnessCap + 1.</param>
internal readonly record struct AssignmentWeights(long Units, long MaxUnitCost, long FairnessCap, long RatherNotCap, long RatherNot, long Want)
{
    /// <summary>The arc costs member → slot by bid class (want, can, rather not), shifted by +W₂ so none is negative.</summary>
    public long[] ClassCosts() => [0, Want, checked(Want + RatherNot)];

    /// <summary>
    /// Every potential, reduced cost and tentative distance of the shortest-path search stays below this bound
    /// (2N + 2) · (MaxUnitCost + W₂ + W₃); it must fit in a long.
    /// </summary>
    public long DistanceBound() => checked(((2 * Units) + 2) * (MaxUnitCost + Want + RatherNot));

    public static AssignmentWeights Compute(long units, long maxUnitCost, long unitCostSum, long ratherNotArcs)
    {
        try
        {
            var fairnessCap = Math.Min(SaturatingMultiply(units, maxUnitCost), unitCostSum);
            var ratherNotCap = Math.Min(units, ratherNotArcs);
            var ratherNot = checked(fairnessCap + 1);
            var want = checked((ratherNot * ratherNotCap) + fairnessCap + 1);
            var weights = new AssignmentWeights(units, maxUnitCost, fairnessCap, ratherNotCap, ratherNot, want);
            _ = weights.DistanceBound();
            _ = weights.ClassCosts();
            return weights;
        }
        catch (OverflowException)
        {
            throw new DomainRuleViolation(
                "AssignmentMustBeComputableExactly",
                $"Die Zuteilung ist zu groß, um sie exakt zu berechnen ({units} mögliche Zuteilungen, Fairnesskosten bis {maxUnitCost} je Zuteilung). Bitte die bisherigen Zuteilungen und Kapazitäten prüfen.");
        }
    }

    private static long SaturatingMultiply(long a, long b) => b != 0 && a > long.MaxValue / b ? long.MaxValue : a * b;
}
