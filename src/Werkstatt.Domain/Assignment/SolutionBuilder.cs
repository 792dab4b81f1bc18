namespace Werkstatt.Domain.Assignment;

/// <summary>Turns the flow back into assignments (claims first, then the solver's, by process id), unfilled slots and the objective.</summary>
internal static class SolutionBuilder
{
    public static AssignmentSolution Build(ValidatedProblem problem, AssignmentNetwork network, ShortestPathFlow flow)
    {
        var explain = new Explanations(problem, network);
        var unfilledReasons = new UnfilledReasons(problem, network, flow);
        var assignments = new List<SolvedAssignment>();
        var unfilled = new List<UnfilledSlot>();
        var onProcess = new List<int>();
        int filled = 0, wants = 0, ratherNots = 0;
        for (var p = 0; p < problem.ProcessCount; p++)
        {
            var process = problem.Processes[p];
            onProcess.Clear();
            foreach (var m in problem.ClaimingMembers[p])
            {
                assignments.Add(new SolvedAssignment(process.Id, problem.Members[m].Id, AssignmentSource.Claim, explain.Claim(m)));
                onProcess.Add(m);
            }

            var solved = new List<(int Member, int Slot)>();
            for (var s = network.ProcessSlotStart[p]; s < network.ProcessSlotStart[p + 1]; s++)
            {
                for (var i = 2 * s; i <= (2 * s) + 1; i++)
                {
                    if (flow.SlotMembers[i] >= 0)
                    {
                        solved.Add((flow.SlotMembers[i], s));
                    }
                }
            }

            solved.Sort((a, b) => a.Member.CompareTo(b.Member));
            foreach (var (m, s) in solved)
            {
                assignments.Add(new SolvedAssignment(process.Id, problem.Members[m].Id, AssignmentSource.Solver, explain.Solver(m, p, s)));
                onProcess.Add(m);
            }

            foreach (var m in onProcess)
            {
                filled++;
                var bid = problem.BidOf(m, p);
                wants += bid == Bid.Want ? 1 : 0;
                ratherNots += bid == Bid.RatherNot ? 1 : 0;
            }

            for (var s = network.ProcessSlotStart[p]; s < network.ProcessSlotStart[p + 1]; s++)
            {
                if (flow.Empty[s] > 0)
                {
                    unfilled.Add(new UnfilledSlot(process.Id, flow.Empty[s], unfilledReasons.Reason(p, s, onProcess)));
                }
            }
        }

        long fairness = 0;
        for (var m = 0; m < problem.MemberCount; m++)
        {
            var member = problem.Members[m];
            var count = problem.ClaimedProcesses[m].Length + flow.Used[m];
            if (count > 0)
            {
                fairness = checked(fairness + AssignmentFairness.Cost(member.HistoryAssigned, AssignmentFairness.Offered(member), count));
            }
        }

        return new AssignmentSolution(assignments, unfilled, new AssignmentObjective(filled, wants, ratherNots, fairness));
    }
}
