namespace Werkstatt.Domain.Assignment;

/// <summary>
/// A binary min-heap of (distance, node) pairs for Dijkstra with lazy deletion; ties go to the smaller node so the
/// order of pops depends on the keys only. <see cref="AddUnordered"/> followed by <see cref="Heapify"/> builds a
/// heap of n entries in O(n).
/// </summary>
internal sealed class NodeHeap(int capacity)
{
    private long[] _keys = new long[Math.Max(capacity, 16)];
    private int[] _nodes = new int[Math.Max(capacity, 16)];
    private int _count;

    public void Clear() => _count = 0;

    public void AddUnordered(long key, int node)
    {
        Grow();
        _keys[_count] = key;
        _nodes[_count] = node;
        _count++;
    }

    public void Heapify()
    {
        for (var i = (_count / 2) - 1; i >= 0; i--)
        {
            SiftDown(i);
        }
    }

    public void Push(long key, int node)
    {
        Grow();
        var i = _count++;
        while (i > 0)
        {
            var parent = (i - 1) >> 1;
            if (!Less(key, node, _keys[parent], _nodes[parent]))
            {
                break;
            }

            _keys[i] = _keys[parent];
            _nodes[i] = _nodes[parent];
            i = parent;
        }

        _keys[i] = key;
        _nodes[i] = node;
    }

    public bool TryPop(out long key, out int node)
    {
        if (_count == 0)
        {
            key = 0;
            node = -1;
            return false;
        }

        key = _keys[0];
        node = _nodes[0];
        _count--;
        if (_count > 0)
        {
            _keys[0] = _keys[_count];
            _nodes[0] = _nodes[_count];
            SiftDown(0);
        }

        return true;
    }

    private static bool Less(long key, int node, long otherKey, int otherNode) => key < otherKey || (key == otherKey && node < otherNode);

    private void SiftDown(int i)
    {
        var key = _keys[i];
        var node = _nodes[i];
        while (true)
        {
            var child = (2 * i) + 1;
            if (child >= _count)
            {
                break;
            }

            if (child + 1 < _count && Less(_keys[child + 1], _nodes[child + 1], _keys[child], _nodes[child]))
            {
                child++;
            }

            if (!Less(_keys[child], _nodes[child], key, node))
            {
                break;
            }

            _keys[i] = _keys[child];
            _nodes[i] = _nodes[child];
            i = child;
        }

        _keys[i] = key;
        _nodes[i] = node;
    }

    private void Grow()
    {
        if (_count == _keys.Length)
        {
            Array.Resize(ref _keys, _keys.Length * 2);
            Array.Resize(ref _nodes, _nodes.Length * 2);
        }
    }
}
