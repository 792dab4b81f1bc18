using Werkstatt.Domain.Common;

namespace Werkstatt.Domain.Assignment;

/// <summary>
/// The weights that fold the four objective levels into one long cost. <see cref="RatherNot"/> exceeds every possible
/// difference in fairness, <see cref="Want"/> every possible difference of the two levels below it and
/// <see cref="Unfilled"/> every possible difference of the three levels below it; docs/assignment.md proves that the
/// lexicographic order holds and that no sum overflows.
/// </summary>
/// <param name="Units">N: no solution makes more new assignments than this (min of free capacity and open slots).</param>
/// <param name="MaxUnitCost">The largest fairness unit cost any new assignment can have.</param>
/// <param name="FairnessCap">An upper bound of the new assignments' fairness cost: min(N · MaxUnitCost, sum of all unit costs).</param>
/// <param name="RatherNotCap">An upper bound of the number of new "rather not" assignments: min(N, eligible "rather not" pairs).</param>
/// <param name="RatherNot">W₃ = FairnessCap + 1.</param>
/// <param name="Want">W₂ = W₃ · RatherNotCap + FairnessCap + 1.</param>
/// <param name="Unfilled">W₁ = N · (W₂ + W₃) + FairnessCap + 1, the cost of leaving one slot empty.</param>
internal readonly record struct AssignmentWeights(long Units, long MaxUnitCost, long FairnessCap, long RatherNotCap, long RatherNot, long Want, long Unfilled)
{
    /// <summary>The arc costs member → slot by bid class (want, can, rather not), shifted by +W₂ so none is negative.</summary>
    public long[] ClassCosts() => [0, Want, checked(Want + RatherNot)];

    /// <summary>Potentials stay within [0, W₁] and every sum in the search within [−2 W₁, 3 W₁]; 5 W₁ must fit in a long.</summary>
    public long DistanceBound() => checked(5 * Unfilled);

    public static AssignmentWeights Compute(long units, long maxUnitCost, long unitCostSum, long ratherNotArcs)
    {
        try
        {
            var fairnessCap = Math.Min(SaturatingMultiply(units, maxUnitCost), unitCostSum);
            var ratherNotCap = Math.Min(units, ratherNotArcs);
            var ratherNot = checked(fairnessCap + 1);
            var want = checked((ratherNot * ratherNotCap) + fairnessCap + 1);
            var unfilled = checked((units * (want + ratherNot)) + fairnessCap + 1);
            var weights = new AssignmentWeights(units, maxUnitCost, fairnessCap, ratherNotCap, ratherNot, want, unfilled);
            _ = weights.DistanceBound();
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
