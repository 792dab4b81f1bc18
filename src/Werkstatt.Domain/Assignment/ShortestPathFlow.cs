namespace Werkstatt.Domain.Assignment;

/// <summary>
/// Min-cost maximum flow on an <see cref="AssignmentNetwork"/> by successive shortest paths: Dijkstra on reduced
/// costs with node potentials, stopped as soon as the sink is settled. Each augmentation adds one assignment and keeps
/// the flow cheapest among all flows of its size, so the last one is cheapest among the maximum flows
/// (docs/assignment.md, "Algorithm"). The residual graph is implicit: a member's unit arcs are a counter
/// (convex costs: the next unit is the cheapest one left), a slot node holds at most two members.
/// </summary>
internal sealed class ShortestPathFlow
{
    private const int Source = -1;
    private readonly AssignmentNetwork _net;
    private readonly int _sink;
    private readonly long[] _potential; // true potential = _potential[v] + _offset; the source's is always 0
    private readonly long[] _distance;
    private readonly int[] _pred; // member: Source or the slot it leaves; slot: the arc it was reached by; sink: the slot
    private readonly int[] _reached; // iteration stamps
    private readonly int[] _settled;
    private readonly List<int> _settledNodes = [];
    private readonly NodeHeap _heap;
    private long _offset;
    private int _iteration;

    public ShortestPathFlow(AssignmentNetwork network)
    {
        _net = network;
        var nodes = network.MemberCount + network.SlotCount + 1;
        _sink = nodes - 1;
        _potential = new long[nodes];
        _distance = new long[nodes];
        _pred = new int[nodes];
        _reached = new int[nodes];
        _settled = new int[nodes];
        _heap = new NodeHeap(network.MemberCount + 16);
        Used = new int[network.MemberCount];
        SlotMembers = new int[network.SlotCount * 2];
        SlotArcs = new int[network.SlotCount * 2];
        Array.Fill(SlotMembers, -1);
    }

    /// <summary>New assignments per member.</summary>
    public int[] Used { get; }

    /// <summary>The members on slot node s at [2s] and [2s + 1], −1 when empty.</summary>
    public int[] SlotMembers { get; }

    /// <summary>The arc each of <see cref="SlotMembers"/> came by.</summary>
    public int[] SlotArcs { get; }

    public int Augmentations { get; private set; }

    /// <summary>Nodes settled by all searches together (a measure of work, for the benchmarks).</summary>
    public long Settled { get; private set; }

    public long Scanned { get; private set; }

    public void Run()
    {
        while (Augment())
        {
            Augmentations++;
        }
    }

    private bool Augment()
    {
        _iteration++;
        _settledNodes.Clear();
        _heap.Clear();
        for (var m = 0; m < _net.MemberCount; m++)
        {
            if (Used[m] < _net.Free[m])
            {
                var key = _net.UnitCosts[_net.UnitStart[m] + Used[m]] - (_potential[m] + _offset);
                _distance[m] = key;
                _pred[m] = Source;
                _reached[m] = _iteration;
                _heap.AddUnordered(key, m);
            }
        }

        _heap.Heapify();
        if (!Search())
        {
            return false;
        }

        var length = _distance[_sink];
        foreach (var v in _settledNodes)
        {
            _potential[v] += _distance[v] - length;
        }

        _offset += length;
        Apply();
        return true;
    }

    /// <summary>Dijkstra until the sink is settled; false when no augmenting path is left.</summary>
    private bool Search()
    {
        var members = _net.MemberCount;
        while (_heap.TryPop(out var key, out var v))
        {
            if (_settled[v] == _iteration || _distance[v] != key)
            {
                continue;
            }

            Settle(v);
            if (v == _sink)
            {
                return true;
            }

            if (v < members ? ScanMember(v, key) : ScanSlot(v - members, key))
            {
                return true;
            }
        }

        return false;
    }

    private bool ScanMember(int m, long key)
    {
        var members = _net.MemberCount;
        var basis = key + _potential[m];
        Scanned += _net.ArcStart[m + 1] - _net.ArcStart[m];
        for (var a = _net.ArcStart[m]; a < _net.ArcStart[m + 1]; a++)
        {
            var s = _net.ArcSlot[a];
            var node = members + s;
            if (_settled[node] == _iteration || SlotMembers[2 * s] == m || SlotMembers[(2 * s) + 1] == m)
            {
                continue;
            }

            var candidate = basis + _net.ClassCost[_net.ArcClass[a]] - _potential[node];
            if (_reached[node] == _iteration && candidate >= _distance[node])
            {
                continue;
            }

            _distance[node] = candidate;
            _pred[node] = a;
            _reached[node] = _iteration;
            if (candidate == key && HasRoom(s) && _potential[node] == _potential[_sink])
            {
                // A tight path to the sink at the current minimum: nothing can be shorter.
                Settle(node);
                ReachSink(s, key);
                return true;
            }

            _heap.Push(candidate, node);
        }

        return false;
    }

    private bool ScanSlot(int s, long key)
    {
        var node = _net.MemberCount + s;
        if (HasRoom(s))
        {
            var candidate = key + _potential[node] - _potential[_sink];
            if (candidate == key)
            {
                ReachSink(s, key);
                return true;
            }

            if (_reached[_sink] != _iteration || candidate < _distance[_sink])
            {
                _distance[_sink] = candidate;
                _pred[_sink] = s;
                _reached[_sink] = _iteration;
                _heap.Push(candidate, _sink);
            }
        }

        for (var i = 2 * s; i <= (2 * s) + 1; i++)
        {
            var m = SlotMembers[i];
            if (m < 0 || _settled[m] == _iteration)
            {
                continue;
            }

            // The residual arc slot → member undoes an assignment: its cost is minus the arc's.
            var candidate = key + _potential[node] - _net.ClassCost[_net.ArcClass[SlotArcs[i]]] - _potential[m];
            if (_reached[m] != _iteration || candidate < _distance[m])
            {
                _distance[m] = candidate;
                _pred[m] = s;
                _reached[m] = _iteration;
                _heap.Push(candidate, m);
            }
        }

        return false;
    }

    private void ReachSink(int s, long key)
    {
        _distance[_sink] = key;
        _pred[_sink] = s;
        _reached[_sink] = _iteration;
        Settle(_sink);
    }

    private void Settle(int v)
    {
        Settled++;
        _settled[v] = _iteration;
        _settledNodes.Add(v);
    }

    private bool HasRoom(int s) => Load(s) < _net.SlotCapacity[s];

    private int Load(int s) => (SlotMembers[2 * s] >= 0 ? 1 : 0) + (SlotMembers[(2 * s) + 1] >= 0 ? 1 : 0);

    /// <summary>Pushes one unit along the path sink ← slot ← member ← (slot ← member)* ← source.</summary>
    private void Apply()
    {
        var s = _pred[_sink];
        while (true)
        {
            var arc = _pred[_net.MemberCount + s];
            var m = MemberOf(arc);
            var from = _pred[m];
            if (from != Source)
            {
                Remove(from, m);
            }

            Add(s, m, arc);
            if (from == Source)
            {
                Used[m]++;
                return;
            }

            s = from;
        }
    }

    private int MemberOf(int arc)
    {
        // Arcs are stored per member; find the member whose range holds the arc.
        var at = Array.BinarySearch(_net.ArcStart, arc);
        if (at < 0)
        {
            return ~at - 1;
        }

        while (at + 1 < _net.ArcStart.Length && _net.ArcStart[at + 1] == arc)
        {
            at++; // members without arcs share the start of the next one
        }

        return at;
    }

    private void Add(int s, int m, int arc)
    {
        var i = SlotMembers[2 * s] < 0 ? 2 * s : (2 * s) + 1;
        SlotMembers[i] = m;
        SlotArcs[i] = arc;
    }

    private void Remove(int s, int m)
    {
        var i = SlotMembers[2 * s] == m ? 2 * s : (2 * s) + 1;
        SlotMembers[i] = -1;
    }
}
