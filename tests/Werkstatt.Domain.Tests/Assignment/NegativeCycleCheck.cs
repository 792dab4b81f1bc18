using Werkstatt.Domain.Assignment;

namespace Werkstatt.Domain.Tests.Assignment;

/// <summary>
/// An optimality certificate for instances too large to enumerate: a solution is lexicographically optimal iff the
/// residual graph of its flow has no negative cycle, with costs (empty places, −wants, rather-nots, fairness)
/// compared lexicographically – no weights. Found by a queue-based Bellman–Ford from a virtual root.
/// </summary>
public static class NegativeCycleCheck
{
    public static bool HasImprovingCycle(AssignmentProblem problem, AssignmentSolution solution)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(solution);
        var arcs = new List<(int From, int To, Cost Cost)>();
        var members = problem.Members.Select((m, i) => (m, i)).ToDictionary(x => x.m.Id, x => x.i);
        var nodes = 1 + problem.Members.Count;
        const int source = 0;
        foreach (var member in problem.Members)
        {
            var claims = problem.Claims.Count(c => c.Member == member.Id);
            var added = solution.Assignments.Count(a => a.Member == member.Id && a.Source == AssignmentSource.Solver);
            var offered = member.HistoryOffered + member.Capacity;
            var node = 1 + members[member.Id];
            if (claims + added < member.Capacity)
            {
                arcs.Add((source, node, new Cost(0, 0, 0, Reference.UnitCost(member.HistoryAssigned + claims + added + 1, offered))));
            }

            if (added > 0)
            {
                arcs.Add((node, source, new Cost(0, 0, 0, -Reference.UnitCost(member.HistoryAssigned + claims + added, offered))));
            }
        }

        foreach (var process in problem.Processes)
        {
            var team = solution.Assignments.Where(a => a.Process == process.Id).ToList();
            var split = Reference.IsSplit(process);
            foreach (var town in split ? new[] { false, true } : [false])
            {
                var slot = nodes++;
                bool OnSide(string id) => !split || Reference.IsTown(problem.Members[members[id]].Level) == town;
                var open = split ? 1 - team.Count(a => a.Source == AssignmentSource.Claim && OnSide(a.Member)) : process.Slots - team.Count(a => a.Source == AssignmentSource.Claim);
                var filled = team.Count(a => a.Source == AssignmentSource.Solver && OnSide(a.Member));
                if (filled > 0)
                {
                    arcs.Add((source, slot, new Cost(1, 0, 0, 0))); // leave one more place empty
                }

                if (open - filled > 0)
                {
                    arcs.Add((slot, source, new Cost(-1, 0, 0, 0))); // fill an empty place
                }

                foreach (var member in problem.Members.Where(m => OnSide(m.Id) && Reference.Eligible(problem, m, process) && team.All(a => a.Member != m.Id || a.Source == AssignmentSource.Solver)))
                {
                    var bid = Reference.BidOf(problem, member.Id, process.Id);
                    var cost = new Cost(0, bid == Bid.Want ? -1 : 0, bid == Bid.RatherNot ? 1 : 0, 0);
                    var assigned = team.Any(a => a.Member == member.Id);
                    arcs.Add(assigned ? (slot, 1 + members[member.Id], -cost) : (1 + members[member.Id], slot, cost));
                }
            }
        }

        return HasNegativeCycle(nodes, arcs);
    }

    private static bool HasNegativeCycle(int nodes, List<(int From, int To, Cost Cost)> arcs)
    {
        var outgoing = arcs.GroupBy(a => a.From).ToDictionary(g => g.Key, g => g.ToList());
        var distance = new Cost[nodes];
        var length = new int[nodes];
        var queued = new bool[nodes];
        var queue = new Queue<int>(Enumerable.Range(0, nodes));
        Array.Fill(queued, true);
        while (queue.TryDequeue(out var u))
        {
            queued[u] = false;
            foreach (var (_, v, cost) in outgoing.GetValueOrDefault(u) ?? [])
            {
                var candidate = distance[u] + cost;
                if (candidate.CompareTo(distance[v]) < 0)
                {
                    distance[v] = candidate;
                    length[v] = length[u] + 1;
                    if (length[v] > nodes)
                    {
                        return true; // a shortest path longer than the graph: it runs through a negative cycle
                    }

                    if (!queued[v])
                    {
                        queued[v] = true;
                        queue.Enqueue(v);
                    }
                }
            }
        }

        return false;
    }

    private readonly record struct Cost(long Empty, long Wants, long RatherNots, long Fairness) : IComparable<Cost>
    {
        public static Cost operator +(Cost a, Cost b) => new(a.Empty + b.Empty, a.Wants + b.Wants, a.RatherNots + b.RatherNots, a.Fairness + b.Fairness);

        public static Cost operator -(Cost a) => new(-a.Empty, -a.Wants, -a.RatherNots, -a.Fairness);

        public static bool operator <(Cost a, Cost b) => a.CompareTo(b) < 0;

        public static bool operator >(Cost a, Cost b) => a.CompareTo(b) > 0;

        public static bool operator <=(Cost a, Cost b) => a.CompareTo(b) <= 0;

        public static bool operator >=(Cost a, Cost b) => a.CompareTo(b) >= 0;

        public int CompareTo(Cost other)
        {
            var c = Empty.CompareTo(other.Empty);
            c = c != 0 ? c : Wants.CompareTo(other.Wants);
            c = c != 0 ? c : RatherNots.CompareTo(other.RatherNots);
            return c != 0 ? c : Fairness.CompareTo(other.Fairness);
        }
    }
}
