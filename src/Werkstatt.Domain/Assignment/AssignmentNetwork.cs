namespace Werkstatt.Domain.Assignment;

/// <summary>
/// The flow network of one problem: source → member (one unit arc per free capacity unit, convex fairness costs) →
/// slot node (cost by bid), and source → slot node (the "unfilled" arc, cost W₁); every slot node demands its open
/// places. Members and slot nodes are in id order; the arcs into each slot node are stored ascending by member
/// (compressed rows).
/// </summary>
internal sealed class AssignmentNetwork
{
    public required int MemberCount { get; init; }

    public required int SlotCount { get; init; }

    /// <summary>Per member, how many new assignments it can take: free capacity, at most one per reachable slot node.</summary>
    public required int[] Free { get; init; }

    /// <summary>Fairness cost of the member's k-th new assignment at UnitCosts[UnitStart[m] + k − 1].</summary>
    public required int[] UnitStart { get; init; }

    public required long[] UnitCosts { get; init; }

    /// <summary>Arcs into slot node s: ArcStart[s] … ArcStart[s + 1] − 1.</summary>
    public required int[] ArcStart { get; init; }

    public required int[] ArcMember { get; init; }

    /// <summary>0 = want, 1 = can (or no bid), 2 = rather not.</summary>
    public required byte[] ArcClass { get; init; }

    public required long[] ClassCost { get; init; }

    public required int[] SlotProcess { get; init; }

    public required SlotSide[] SlotSide { get; init; }

    /// <summary>Open places of the slot node after claims.</summary>
    public required int[] SlotCapacity { get; init; }

    /// <summary>The slot nodes of process p: ProcessSlotStart[p] … ProcessSlotStart[p + 1] − 1.</summary>
    public required int[] ProcessSlotStart { get; init; }

    public required AssignmentWeights Weights { get; init; }

    public static AssignmentNetwork Build(ValidatedProblem problem)
    {
        var (processSlotStart, slotProcess, slotSide, slotCapacity) = BuildSlots(problem);
        var free = new int[problem.MemberCount];
        var arcStart = new int[problem.MemberCount + 1];
        var arcSlot = new List<int>();
        var arcClass = new List<byte>();
        var everything = Enumerable.Range(0, problem.ProcessCount).ToArray();
        long ratherNotArcs = 0;
        for (var m = 0; m < problem.MemberCount; m++)
        {
            arcStart[m] = arcSlot.Count;
            var remaining = problem.RemainingCapacity(m);
            if (remaining == 0)
            {
                continue;
            }

            var candidates = problem.Runs[m] ?? everything;
            var level = problem.Members[m].Level;
            var bit = ValidatedProblem.Bit(level);
            var town = ValidatedProblem.IsTown(level);
            var bidProcesses = problem.BidProcesses[m];
            var claimed = problem.ClaimedProcesses[m];
            int nextBid = 0, nextClaim = 0;
            foreach (var p in candidates)
            {
                // Candidates, bids and claims are all ascending by process: walk them together.
                while (nextBid < bidProcesses.Length && bidProcesses[nextBid] < p)
                {
                    nextBid++;
                }

                while (nextClaim < claimed.Length && claimed[nextClaim] < p)
                {
                    nextClaim++;
                }

                Bid? bid = nextBid < bidProcesses.Length && bidProcesses[nextBid] == p ? problem.BidValues[m][nextBid] : null;
                if ((problem.LevelMask[p] & bit) == 0 || bid == Bid.NotApplicable || (nextClaim < claimed.Length && claimed[nextClaim] == p))
                {
                    continue;
                }

                var slot = processSlotStart[p] + (town && problem.IsSplit(p) ? 1 : 0);
                if (slotCapacity[slot] == 0)
                {
                    continue;
                }

                var bidClass = bid switch
                {
                    Bid.Want => (byte)0,
                    Bid.RatherNot => (byte)2,
                    _ => (byte)1,
                };
                ratherNotArcs += bidClass == 2 ? 1 : 0;
                arcSlot.Add(slot);
                arcClass.Add(bidClass);
            }

            free[m] = Math.Min(remaining, arcSlot.Count - arcStart[m]);
        }

        arcStart[problem.MemberCount] = arcSlot.Count;
        var (slotArcStart, slotArcMember, slotArcClass) = Transpose(arcStart, arcSlot, arcClass, slotProcess.Length);
        var (unitStart, unitCosts, maxUnitCost, unitCostSum) = FairnessUnits(problem, free);
        var units = Math.Min(free.Sum(f => (long)f), slotCapacity.Sum(c => (long)c));
        var weights = AssignmentWeights.Compute(units, maxUnitCost, unitCostSum, ratherNotArcs);
        return new AssignmentNetwork
        {
            MemberCount = problem.MemberCount,
            SlotCount = slotProcess.Length,
            Free = free,
            UnitStart = unitStart,
            UnitCosts = unitCosts,
            ArcStart = slotArcStart,
            ArcMember = slotArcMember,
            ArcClass = slotArcClass,
            ClassCost = weights.ClassCosts(),
            SlotProcess = slotProcess,
            SlotSide = slotSide,
            SlotCapacity = slotCapacity,
            ProcessSlotStart = processSlotStart,
            Weights = weights,
        };
    }

    private static (int[] Start, int[] Member, byte[] Class) Transpose(int[] memberStart, List<int> arcSlot, List<byte> arcClass, int slots)
    {
        var start = new int[slots + 1];
        foreach (var slot in arcSlot)
        {
            start[slot + 1]++;
        }

        for (var s = 0; s < slots; s++)
        {
            start[s + 1] += start[s];
        }

        var next = start[..^1];
        var member = new int[arcSlot.Count];
        var bidClass = new byte[arcSlot.Count];
        for (var m = 0; m + 1 < memberStart.Length; m++)
        {
            for (var a = memberStart[m]; a < memberStart[m + 1]; a++)
            {
                var at = next[arcSlot[a]]++;
                member[at] = m;
                bidClass[at] = arcClass[a];
            }
        }

        return (start, member, bidClass);
    }

    private static (int[] Start, int[] Process, SlotSide[] Side, int[] Capacity) BuildSlots(ValidatedProblem problem)
    {
        var start = new int[problem.ProcessCount + 1];
        var process = new List<int>();
        var side = new List<SlotSide>();
        var capacity = new List<int>();
        for (var p = 0; p < problem.ProcessCount; p++)
        {
            start[p] = process.Count;
            var claimants = problem.ClaimingMembers[p];
            if (problem.IsSplit(p))
            {
                var towns = claimants.Count(m => ValidatedProblem.IsTown(problem.Members[m].Level));
                process.AddRange([p, p]);
                side.AddRange([Assignment.SlotSide.Kreis, Assignment.SlotSide.Town]);
                capacity.AddRange([1 - (claimants.Length - towns), 1 - towns]);
            }
            else
            {
                process.Add(p);
                side.Add(Assignment.SlotSide.Any);
                capacity.Add(problem.Processes[p].Slots - claimants.Length);
            }
        }

        start[problem.ProcessCount] = process.Count;
        return (start, [.. process], [.. side], [.. capacity]);
    }

    private static (int[] Start, long[] Costs, long Max, long Sum) FairnessUnits(ValidatedProblem problem, int[] free)
    {
        var start = new int[free.Length + 1];
        for (var m = 0; m < free.Length; m++)
        {
            start[m + 1] = start[m] + free[m];
        }

        var costs = new long[start[free.Length]];
        long max = 0, sum = 0;
        for (var m = 0; m < free.Length; m++)
        {
            var member = problem.Members[m];
            var before = (long)member.HistoryAssigned + problem.ClaimedProcesses[m].Length;
            var offered = AssignmentFairness.Offered(member);
            for (var k = 1; k <= free[m]; k++)
            {
                var cost = AssignmentFairness.UnitCost(before + k, offered);
                costs[start[m] + k - 1] = cost;
                max = Math.Max(max, cost);
                sum = cost > long.MaxValue - sum ? long.MaxValue : sum + cost;
            }
        }

        return (start, costs, max, sum);
    }
}
