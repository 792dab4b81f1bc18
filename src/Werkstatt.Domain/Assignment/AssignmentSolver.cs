using Werkstatt.Domain.Network;

namespace Werkstatt.Domain.Assignment;

/// <summary>
/// PLACEHOLDER – a greedy stand-in with the signature of the exact solver that is written in parallel; this file is
/// replaced by the real one at merge. It keeps the claims, respects the hard constraints and fills the open slots
/// greedily (wants first, then the least loaded member), but it is NOT optimal.
/// </summary>
public static class AssignmentSolver
{
    public static AssignmentSolution Solve(AssignmentProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var members = problem.Members.ToDictionary(m => m.Id, StringComparer.Ordinal);
        var bids = problem.Bids.ToDictionary(b => (b.Member, b.Process), b => b.Bid);
        var load = problem.Members.ToDictionary(m => m.Id, _ => 0, StringComparer.Ordinal);
        var onProcess = problem.Processes.ToDictionary(p => p.Id, _ => new List<string>(), StringComparer.Ordinal);
        var assignments = new List<SolvedAssignment>();
        foreach (var claim in problem.Claims)
        {
            load[claim.Member]++;
            onProcess[claim.Process].Add(claim.Member);
            assignments.Add(new SolvedAssignment(claim.Process, claim.Member, AssignmentSource.Claim, "selbst gemeldet"));
        }

        var unfilled = new List<UnfilledSlot>();
        foreach (var process in problem.Processes.OrderBy(p => p.Id, StringComparer.Ordinal))
        {
            var taken = onProcess[process.Id];
            while (taken.Count < process.Slots)
            {
                var free = process.Slots - taken.Count;
                var candidate = problem.Members
                    .Where(m => Eligible(m, process, taken, members, bids) && load[m.Id] < m.Capacity)
                    .OrderBy(m => BidOf(bids, m.Id, process.Id))
                    .ThenBy(m => (double)(m.HistoryAssigned + load[m.Id]) / Math.Max(1, m.HistoryOffered + m.Capacity))
                    .ThenBy(m => m.Id, StringComparer.Ordinal)
                    .FirstOrDefault();
                if (candidate is null)
                {
                    var anyEligible = problem.Members.Any(m => Eligible(m, process, taken, members, bids));
                    unfilled.Add(new UnfilledSlot(process.Id, free, anyEligible ? "keine freie Kapazität mehr" : "niemand kommt infrage"));
                    break;
                }

                load[candidate.Id]++;
                taken.Add(candidate.Id);
                var wish = BidOf(bids, candidate.Id, process.Id) switch
                {
                    Bid.Want => "Wunsch geäußert",
                    Bid.RatherNot => "lieber nicht, aber sonst niemand frei",
                    _ => "möglich",
                };
                assignments.Add(new SolvedAssignment(process.Id, candidate.Id, AssignmentSource.Solver, $"{wish}; {free} von {process.Slots} Plätzen frei"));
            }
        }

        var objective = new AssignmentObjective(
            assignments.Count,
            assignments.Count(a => BidOf(bids, a.Member, a.Process) == Bid.Want),
            assignments.Count(a => BidOf(bids, a.Member, a.Process) == Bid.RatherNot),
            problem.Members.Sum(m => (long)(m.HistoryAssigned + load[m.Id]) * (m.HistoryAssigned + load[m.Id])));
        return new AssignmentSolution(assignments, unfilled, objective);
    }

    private static Bid BidOf(Dictionary<(string, string), Bid> bids, string member, string process) =>
        bids.TryGetValue((member, process), out var bid) ? bid : Bid.Can;

    private static bool Eligible(SolverMember member, SolverProcess process, List<string> taken, Dictionary<string, SolverMember> members, Dictionary<(string, string), Bid> bids)
    {
        if (!process.Levels.Contains(member.Level) || taken.Contains(member.Id) || BidOf(bids, member.Id, process.Id) == Bid.NotApplicable
            || (member.Runs is not null && !member.Runs.Contains(process.Id)))
        {
            return false;
        }

        if (!process.CrossesLevels || process.Slots != 2 || taken.Count == 0)
        {
            return true;
        }

        var otherIsKreis = members[taken[0]].Level == MemberLevel.Kreis;
        return otherIsKreis ? member.Level != MemberLevel.Kreis : member.Level == MemberLevel.Kreis;
    }
}
