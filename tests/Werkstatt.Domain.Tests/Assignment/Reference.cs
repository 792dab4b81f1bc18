using Werkstatt.Domain.Assignment;
using Werkstatt.Domain.Network;

namespace Werkstatt.Domain.Tests.Assignment;

/// <summary>The specification written out plainly, independent of the solver: eligibility, fairness and the objective of a set of assignments.</summary>
public static class Reference
{
    public static bool IsTown(MemberLevel level) => level is MemberLevel.Stadt or MemberLevel.Gemeinde;

    public static bool IsSplit(SolverProcess process) => process.CrossesLevels && process.Slots == 2;

    /// <summary>A member without a bid counts as "can".</summary>
    public static Bid BidOf(AssignmentProblem problem, string member, string process) =>
        problem.Bids.FirstOrDefault(b => b.Member == member && b.Process == process)?.Bid ?? Bid.Can;

    public static bool Eligible(AssignmentProblem problem, SolverMember member, SolverProcess process) =>
        process.Levels.Contains(member.Level)
        && BidOf(problem, member.Id, process.Id) != Bid.NotApplicable
        && (member.Runs is null || member.Runs.Contains(process.Id));

    /// <summary>⌊10 000 · (2L − 1) / O⌋ for the L-th assignment of a member that offered O slots (history + capacity).</summary>
    public static long UnitCost(long load, long offered) => 10_000 * ((2 * load) - 1) / offered;

    /// <summary>The objective of a complete set of (member, process) pairs, claims included.</summary>
    public static AssignmentObjective Objective(AssignmentProblem problem, IReadOnlyCollection<(string Member, string Process)> pairs)
    {
        var wants = pairs.Count(x => BidOf(problem, x.Member, x.Process) == Bid.Want);
        var ratherNots = pairs.Count(x => BidOf(problem, x.Member, x.Process) == Bid.RatherNot);
        long fairness = 0;
        foreach (var member in problem.Members)
        {
            var count = pairs.Count(x => x.Member == member.Id);
            for (var k = 1; k <= count; k++)
            {
                fairness += UnitCost(member.HistoryAssigned + k, member.HistoryOffered + member.Capacity);
            }
        }

        return new AssignmentObjective(pairs.Count, wants, ratherNots, fairness);
    }

    /// <summary>Negative when <paramref name="a"/> is better: more filled, more wants, fewer "rather not", lower fairness.</summary>
    public static int Compare(AssignmentObjective a, AssignmentObjective b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var c = b.Filled.CompareTo(a.Filled);
        c = c != 0 ? c : b.Wants.CompareTo(a.Wants);
        c = c != 0 ? c : a.RatherNots.CompareTo(b.RatherNots);
        return c != 0 ? c : a.Fairness.CompareTo(b.Fairness);
    }
}
