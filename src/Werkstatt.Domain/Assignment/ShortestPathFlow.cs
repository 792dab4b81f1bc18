namespace Werkstatt.Domain.Assignment;

/// <summary>
/// Min-cost flow on an <see cref="AssignmentNetwork"/> by successive shortest paths, one open place at a time: for
/// each place of each slot node Y, Dijkstra on reduced costs searches backwards from Y for the cheapest path from
/// the source (a member's next capacity unit, or the "unfilled" arc of Y or of a slot that gives its member away),
/// stopping as soon as the source is settled. Every step keeps all reduced costs non-negative, so the final flow is
/// the cheapest that serves every place (docs/assignment.md, "Algorithm"). The residual graph is implicit: a member's
/// unit arcs are a counter (convex costs: the next unit is the cheapest one left), a slot node holds at most two members.
/// </summary>
internal sealed class ShortestPathFlow
{
    private readonly AssignmentNetwork _net;
    private readonly int _source;
    private readonly long _unfilled;
    private readonly long[] _potential;
    private readonly long[] _distance;
    private readonly int[] _next; // the next node on the path towards Y: member → slot, slot → member, source → either
    private readonly int[] _reached; // iteration stamps
    private readonly int[] _settled;
    private readonly List<int> _settledNodes = [];
    private readonly NodeHeap _heap = new(1024);
    private int _iteration;

    public ShortestPathFlow(AssignmentNetwork network)
    {
        _net = network;
        _source = network.MemberCount + network.SlotCount;
        _unfilled = network.Weights.Unfilled;
        var nodes = _source + 1;
        _potential = new long[nodes];
        _distance = new long[nodes];
        _next = new int[nodes];
        _reached = new int[nodes];
        _settled = new int[nodes];
        Used = new int[network.MemberCount];
        Held = new int[network.UnitCosts.Length];
        SlotMembers = new int[network.SlotCount * 2];
        SlotClasses = new byte[network.SlotCount * 2];
        Empty = new int[network.SlotCount];
        Array.Fill(SlotMembers, -1);
    }

    /// <summary>New assignments per member.</summary>
    public int[] Used { get; }

    /// <summary>The slot nodes member m is on, at Held[UnitStart[m]] … Held[UnitStart[m] + Used[m] − 1].</summary>
    public int[] Held { get; }

    /// <summary>The members on slot node s at [2s] and [2s + 1], −1 when empty.</summary>
    public int[] SlotMembers { get; }

    /// <summary>The bid class of each of <see cref="SlotMembers"/>.</summary>
    public byte[] SlotClasses { get; }

    /// <summary>Places of each slot node that stay empty (flow on its "unfilled" arc).</summary>
    public int[] Empty { get; }

    public int Augmentations { get; private set; }

    /// <summary>Nodes settled and arcs looked at by all searches together (a measure of work, for the benchmarks).</summary>
    public long Settled { get; private set; }

    public long Scanned { get; private set; }

    public void Run()
    {
        for (var y = 0; y < _net.SlotCount; y++)
        {
            for (var place = 0; place < _net.SlotCapacity[y]; place++)
            {
                Search(_net.MemberCount + y);
                var length = _distance[_source];
                foreach (var v in _settledNodes)
                {
                    _potential[v] += length - _distance[v];
                }

                Apply(_net.MemberCount + y);
                Augmentations++;
            }
        }
    }

    /// <summary>Dijkstra backwards from slot node <paramref name="root"/> until the source is settled; it always is, through the root's "unfilled" arc.</summary>
    private void Search(int root)
    {
        _iteration++;
        _settledNodes.Clear();
        _heap.Clear();
        Reach(root, 0, -1);
        _heap.Push(0, root);
        while (_heap.TryPop(out var key, out var v))
        {
            if (_settled[v] == _iteration || _distance[v] != key)
            {
                continue;
            }

            Settle(v);
            if (v == _source || (v < _net.MemberCount ? ScanMember(v, key) : ScanSlot(v - _net.MemberCount, key)))
            {
                return;
            }
        }

        throw new InvalidOperationException("The source is always reachable through the unfilled arc.");
    }

    /// <summary>Arcs into slot node s: its "unfilled" arc from the source and the arcs of members not yet on it.</summary>
    private bool ScanSlot(int s, long key)
    {
        var node = _net.MemberCount + s;
        var basis = key - _potential[node];
        if (Empty[s] < _net.SlotCapacity[s] && Relax(_source, basis + _unfilled + _potential[_source], node, key))
        {
            return true;
        }

        Scanned += _net.ArcStart[s + 1] - _net.ArcStart[s];
        var first = SlotMembers[2 * s];
        var second = SlotMembers[(2 * s) + 1];
        for (var a = _net.ArcStart[s]; a < _net.ArcStart[s + 1]; a++)
        {
            var m = _net.ArcMember[a];
            if (_settled[m] != _iteration && m != first && m != second)
            {
                Relax(m, basis + _net.ClassCost[_net.ArcClass[a]] + _potential[m], node, key);
            }
        }

        return false;
    }

    /// <summary>Arcs into member m: its next capacity unit from the source and the reverse of each assignment it holds.</summary>
    private bool ScanMember(int m, long key)
    {
        var basis = key - _potential[m];
        if (Used[m] < _net.Free[m] && Relax(_source, basis + _net.UnitCosts[_net.UnitStart[m] + Used[m]] + _potential[_source], m, key))
        {
            return true;
        }

        for (var i = _net.UnitStart[m]; i < _net.UnitStart[m] + Used[m]; i++)
        {
            var s = Held[i];
            var node = _net.MemberCount + s;
            if (_settled[node] != _iteration)
            {
                var slot = SlotMembers[2 * s] == m ? 2 * s : (2 * s) + 1;
                Relax(node, basis - _net.ClassCost[SlotClasses[slot]] + _potential[node], m, key);
            }
        }

        return false;
    }

    /// <summary>Offers <paramref name="distance"/> to <paramref name="node"/>; true when the source is settled at the current minimum.</summary>
    private bool Relax(int node, long distance, int next, long key)
    {
        if (_reached[node] == _iteration && distance >= _distance[node])
        {
            return false;
        }

        Reach(node, distance, next);
        if (node == _source && distance == key)
        {
            Settle(node); // nothing left in the heap is shorter
            return true;
        }

        _heap.Push(distance, node);
        return false;
    }

    private void Reach(int node, long distance, int next)
    {
        _distance[node] = distance;
        _next[node] = next;
        _reached[node] = _iteration;
    }

    private void Settle(int v)
    {
        Settled++;
        _settled[v] = _iteration;
        _settledNodes.Add(v);
    }

    /// <summary>
    /// Pushes one unit along source → … → root, following <see cref="_next"/>: the first member takes a new capacity
    /// unit (or the first slot node an empty place), every slot node on the way gives its member to the next one and
    /// takes the one arriving.
    /// </summary>
    private void Apply(int root)
    {
        var arriving = -1;
        var v = _next[_source];
        if (v < _net.MemberCount)
        {
            Held[_net.UnitStart[v] + Used[v]] = -1;
            Used[v]++;
        }
        else
        {
            Empty[v - _net.MemberCount]++;
        }

        while (true)
        {
            if (v < _net.MemberCount)
            {
                arriving = v;
                v = _next[v];
                continue;
            }

            var s = v - _net.MemberCount;
            var leaving = v == root ? -1 : _next[v];
            if (leaving >= 0)
            {
                Leave(leaving, s);
            }

            if (arriving >= 0)
            {
                Join(arriving, s);
            }

            if (v == root)
            {
                return;
            }

            v = leaving;
        }
    }

    private void Join(int m, int s)
    {
        var slot = SlotMembers[2 * s] < 0 ? 2 * s : (2 * s) + 1;
        SlotMembers[slot] = m;
        SlotClasses[slot] = ClassOf(m, s);
        var free = Array.IndexOf(Held, -1, _net.UnitStart[m], Used[m]);
        Held[free] = s;
    }

    private void Leave(int m, int s)
    {
        var slot = SlotMembers[2 * s] == m ? 2 * s : (2 * s) + 1;
        SlotMembers[slot] = -1;
        var at = Array.IndexOf(Held, s, _net.UnitStart[m], Used[m]);
        Held[at] = -1;
    }

    private byte ClassOf(int m, int s)
    {
        var at = Array.BinarySearch(_net.ArcMember, _net.ArcStart[s], _net.ArcStart[s + 1] - _net.ArcStart[s], m);
        return _net.ArcClass[at];
    }
}
