using Werkstatt.Domain.Assignment;
using Werkstatt.Domain.Network;

namespace Werkstatt.Domain.Tests.Assignment;

/// <summary>
/// A textbook reference: min-cost maximum flow by successive shortest paths with Bellman–Ford on an explicit graph
/// (one arc per capacity unit), whose costs are (−wants, rather-nots, fairness) triples compared lexicographically –
/// no weights, no potentials. Slow, but it checks the solver's weights and Dijkstra on instances too big to enumerate.
/// </summary>
public static class LexicographicFlowSolver
{
    public static AssignmentObjective Best(AssignmentProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var graph = new Graph();
        const int source = 0, sink = 1;
        var memberNode = problem.Members.ToDictionary(m => m.Id, _ => graph.AddNode());
        var pairArcs = new List<(int Arc, string Member, string Process)>();
        foreach (var member in problem.Members)
        {
            var claimed = problem.Claims.Count(c => c.Member == member.Id);
            for (var k = 1; k <= member.Capacity - claimed; k++)
            {
                var cost = Reference.UnitCost(member.HistoryAssigned + claimed + k, member.HistoryOffered + member.Capacity);
                graph.AddArc(source, memberNode[member.Id], 1, new Cost(0, 0, cost));
            }
        }

        foreach (var process in problem.Processes)
        {
            var team = problem.Claims.Where(c => c.Process == process.Id).Select(c => problem.Members.Single(m => m.Id == c.Member)).ToList();
            var kreis = graph.AddNode();
            var town = Reference.IsSplit(process) ? graph.AddNode() : kreis;
            if (Reference.IsSplit(process))
            {
                graph.AddArc(kreis, sink, 1 - team.Count(m => m.Level == MemberLevel.Kreis), default);
                graph.AddArc(town, sink, 1 - team.Count(m => Reference.IsTown(m.Level)), default);
            }
            else
            {
                graph.AddArc(kreis, sink, process.Slots - team.Count, default);
            }

            foreach (var member in problem.Members.Where(m => Reference.Eligible(problem, m, process) && team.All(t => t.Id != m.Id)))
            {
                var bid = Reference.BidOf(problem, member.Id, process.Id);
                var arc = graph.AddArc(memberNode[member.Id], Reference.IsTown(member.Level) ? town : kreis, 1, new Cost(bid == Bid.Want ? -1 : 0, bid == Bid.RatherNot ? 1 : 0, 0));
                pairArcs.Add((arc, member.Id, process.Id));
            }
        }

        while (graph.AugmentShortestPath(source, sink))
        {
        }

        var pairs = problem.Claims.Select(c => (c.Member, c.Process)).ToList();
        pairs.AddRange(pairArcs.Where(x => graph.Flow(x.Arc) > 0).Select(x => (x.Member, x.Process)));
        return Reference.Objective(problem, pairs);
    }

    private readonly record struct Cost(long Wants, long RatherNots, long Fairness) : IComparable<Cost>
    {
        public static Cost operator +(Cost a, Cost b) => new(a.Wants + b.Wants, a.RatherNots + b.RatherNots, a.Fairness + b.Fairness);

        public static Cost operator -(Cost a) => new(-a.Wants, -a.RatherNots, -a.Fairness);

        public static bool operator <(Cost a, Cost b) => a.CompareTo(b) < 0;

        public static bool operator >(Cost a, Cost b) => a.CompareTo(b) > 0;

        public static bool operator <=(Cost a, Cost b) => a.CompareTo(b) <= 0;

        public static bool operator >=(Cost a, Cost b) => a.CompareTo(b) >= 0;

        public int CompareTo(Cost other)
        {
            var c = Wants.CompareTo(other.Wants);
            c = c != 0 ? c : RatherNots.CompareTo(other.RatherNots);
            return c != 0 ? c : Fairness.CompareTo(other.Fairness);
        }
    }

    private sealed class Graph
    {
        private readonly List<int> _to = [];
        private readonly List<int> _capacity = [];
        private readonly List<Cost> _cost = [];
        private readonly List<List<int>> _out = [[], []];

        public int AddNode()
        {
            _out.Add([]);
            return _out.Count - 1;
        }

        public int AddArc(int from, int to, int capacity, Cost cost)
        {
            var arc = _to.Count;
            Add(from, to, capacity, cost);
            Add(to, from, 0, -cost);
            return arc;
        }

        public int Flow(int arc) => _capacity[arc ^ 1];

        public bool AugmentShortestPath(int source, int sink)
        {
            var nodes = _out.Count;
            var distance = new Cost?[nodes];
            var via = new int[nodes];
            distance[source] = new Cost(0, 0, 0);
            for (var round = 0; round < nodes; round++)
            {
                var changed = false;
                for (var arc = 0; arc < _to.Count; arc++)
                {
                    var from = _to[arc ^ 1];
                    if (_capacity[arc] > 0 && distance[from] is { } d && (distance[_to[arc]] is not { } old || d + _cost[arc] < old))
                    {
                        distance[_to[arc]] = d + _cost[arc];
                        via[_to[arc]] = arc;
                        changed = true;
                    }
                }

                if (!changed)
                {
                    break;
                }
            }

            if (distance[sink] is null)
            {
                return false;
            }

            for (var v = sink; v != source; v = _to[via[v] ^ 1])
            {
                _capacity[via[v]]--;
                _capacity[via[v] ^ 1]++;
            }

            return true;
        }

        private void Add(int from, int to, int capacity, Cost cost)
        {
            _out[from].Add(_to.Count);
            _to.Add(to);
            _capacity.Add(capacity);
            _cost.Add(cost);
        }
    }
}
