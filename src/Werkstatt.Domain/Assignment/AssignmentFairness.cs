namespace Werkstatt.Domain.Assignment;

/// <summary>
/// The fairness cost of the solver's fourth objective level (docs/assignment.md, "Fairness"). A member that
/// offered <c>O</c> slots in the fairness window (its history plus this Werkstatt's capacity) pays for the
/// <c>L</c>-th assignment of the window ⌊<see cref="Scale"/> · (2L − 1) / O⌋: twice the share of its offer it then
/// carries, taken in the middle of the step (L − ½), in units of 1/<see cref="Scale"/>. The cost per extra assignment
/// grows (convex); the costs of loads 1 … n add up to Scale · n² / O (before rounding), which, summed over the members,
/// is lowest when every member's load is proportional to what it offered.
/// </summary>
public static class AssignmentFairness
{
    /// <summary>Resolution: distinct values of (2L − 1) / O stay strictly ordered after rounding while O ≤ 100 (Scale ≥ O · O′).</summary>
    public const long Scale = 10_000;

    /// <summary>What a member's offer is measured against: the offered history plus this Werkstatt's capacity.</summary>
    public static long Offered(SolverMember member)
    {
        ArgumentNullException.ThrowIfNull(member);
        return (long)member.HistoryOffered + member.Capacity;
    }

    /// <summary>The cost of the <paramref name="load"/>-th assignment (counted from 1) of a member that offered <paramref name="offered"/> slots.</summary>
    public static long UnitCost(long load, long offered)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(load, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(offered, 1);
        return checked(Scale * ((2 * load) - 1)) / offered;
    }

    /// <summary>
    /// The cost of <paramref name="count"/> assignments in this Werkstatt for a member that already carried
    /// <paramref name="assignedBefore"/>: the sum of the unit costs of loads assignedBefore + 1 … assignedBefore + count.
    /// </summary>
    public static long Cost(long assignedBefore, long offered, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(assignedBefore);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var total = 0L;
        for (var k = 1; k <= count; k++)
        {
            total = checked(total + UnitCost(assignedBefore + k, offered));
        }

        return total;
    }
}
