using Werkstatt.Domain.Network;

namespace Werkstatt.Domain.Assignment;

/// <summary>
/// A checked <see cref="AssignmentProblem"/> with members and processes sorted by ordinal id and everything else
/// turned into indices, so the solver's result cannot depend on the order of the input.
/// </summary>
internal sealed class ValidatedProblem
{
    public required SolverMember[] Members { get; init; }

    public required SolverProcess[] Processes { get; init; }

    public required Dictionary<string, int> MemberIndex { get; init; }

    public required Dictionary<string, int> ProcessIndex { get; init; }

    /// <summary>Per process, its levels as bits (<see cref="Bit"/>).</summary>
    public required int[] LevelMask { get; init; }

    /// <summary>Per member, the process indices it bid on, ascending, and the bids in the same order.</summary>
    public required int[][] BidProcesses { get; init; }

    public required Bid[][] BidValues { get; init; }

    /// <summary>Per member, the process indices of its <see cref="SolverMember.Runs"/>, ascending; null when it runs everything.</summary>
    public required int[]?[] Runs { get; init; }

    /// <summary>Per member, the process indices it claimed, ascending.</summary>
    public required int[][] ClaimedProcesses { get; init; }

    /// <summary>Per process, the member indices that claimed it, ascending.</summary>
    public required int[][] ClaimingMembers { get; init; }

    public int MemberCount => Members.Length;

    public int ProcessCount => Processes.Length;

    /// <summary>A crossing process with two slots: one slot for a Kreis, one for a town.</summary>
    public bool IsSplit(int process) => Processes[process].CrossesLevels && Processes[process].Slots == 2;

    public int RemainingCapacity(int member) => Members[member].Capacity - ClaimedProcesses[member].Length;

    /// <summary>The member's bid on the process, or null when it gave none (which counts as <see cref="Bid.Can"/>).</summary>
    public Bid? BidOf(int member, int process)
    {
        var at = Array.BinarySearch(BidProcesses[member], process);
        return at >= 0 ? BidValues[member][at] : null;
    }

    public bool Claimed(int member, int process) => Array.BinarySearch(ClaimedProcesses[member], process) >= 0;

    /// <summary>The first hard constraint (level, "not applicable", not run) that keeps the member off the process.</summary>
    public Eligibility Check(int member, int process)
    {
        if ((LevelMask[process] & Bit(Members[member].Level)) == 0)
        {
            return Eligibility.WrongLevel;
        }

        if (BidOf(member, process) == Bid.NotApplicable)
        {
            return Eligibility.NotApplicable;
        }

        return Runs[member] is { } runs && Array.BinarySearch(runs, process) < 0 ? Eligibility.NotRun : Eligibility.Eligible;
    }

    public static bool IsTown(MemberLevel level) => level != MemberLevel.Kreis;

    public static int Bit(MemberLevel level) => 1 << (int)level;
}
