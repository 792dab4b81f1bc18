using Werkstatt.Service.Bpmn.Model;

namespace Werkstatt.Service.Bpmn.Outline;

/// <summary>Walks the sequence flows of one model for <see cref="BpmnOutline"/>.</summary>
internal sealed class OutlineWalker
{
    private readonly BpmnModel _model;
    private readonly HashSet<string> _visited = new(StringComparer.Ordinal);
    private readonly ILookup<string, BpmnElement> _boundaries;

    public OutlineWalker(BpmnModel model)
    {
        _model = model;
        _boundaries = model.OfKind(BpmnElementKind.BoundaryEvent).Where(b => b.AttachedToId is not null).ToLookup(b => b.AttachedToId!, StringComparer.Ordinal);
    }

    /// <summary>Steps of a process or sub-process: from each start event, then whatever was not reached.</summary>
    public List<OutlineNode> Container(string containerId)
    {
        var list = new List<OutlineNode>();
        var nodes = _model.ChildrenOf(containerId).Where(c => c.IsFlowNode && c.Kind != BpmnElementKind.BoundaryEvent).ToList();
        foreach (var start in nodes.Where(n => n.Kind == BpmnElementKind.StartEvent || (_model.Incoming(n.Id).Count == 0 && n.Kind != BpmnElementKind.StartEvent && IsEntry(n))))
        {
            Walk(start, inBranch: false, list);
        }

        var rest = nodes.Where(n => !_visited.Contains(n.Id)).ToList();
        if (rest.Count > 0)
        {
            var section = new List<OutlineNode>();
            foreach (var node in rest.Where(n => !_visited.Contains(n.Id)))
            {
                Walk(node, inBranch: false, section);
            }

            list.Add(new OutlineNode(OutlineNodeKind.Section, "Nicht vom Start aus erreichbar", null, null, section));
        }

        return list;
    }

    // Without a start event, nodes without incoming flows are where reading begins.
    private bool IsEntry(BpmnElement node) => !_model.ChildrenOf(node.ParentId ?? string.Empty).Any(c => c.Kind == BpmnElementKind.StartEvent);

    /// <summary>Appends the steps from <paramref name="node"/> on; returns the join where a branch stopped, if any.</summary>
    private BpmnElement? Walk(BpmnElement? node, bool inBranch, List<OutlineNode> list, string? passJoin = null)
    {
        while (node is not null)
        {
            if (_visited.Contains(node.Id))
            {
                list.Add(new OutlineNode(OutlineNodeKind.Reference, $"weiter bei: {OutlineTexts.Step(node)}", node.Id, Lane(node), []));
                return null;
            }

            if (inBranch && node.Id != passJoin && BpmnKinds.IsGateway(node.Kind) && _model.Incoming(node.Id).Count > 1)
            {
                return node;
            }

            _visited.Add(node.Id);
            var children = new List<OutlineNode>();
            list.Add(new OutlineNode(OutlineNodeKind.Step, OutlineTexts.Step(node), node.Id, Lane(node), children));
            if (BpmnKinds.IsSubProcess(node.Kind))
            {
                children.AddRange(Container(node.Id));
            }

            foreach (var boundary in _boundaries[node.Id])
            {
                _visited.Add(boundary.Id);
                var after = new List<OutlineNode>();
                foreach (var flow in _model.Outgoing(boundary.Id))
                {
                    Walk(Target(flow), inBranch: false, after);
                }

                children.Add(new OutlineNode(OutlineNodeKind.Boundary, $"bei {OutlineTexts.Step(boundary)}", boundary.Id, Lane(boundary), after));
            }

            var outgoing = _model.Outgoing(node.Id);
            if (outgoing.Count <= 1)
            {
                node = outgoing.Count == 1 ? Target(outgoing[0]) : null;
                passJoin = null;
                continue;
            }

            var joins = new List<BpmnElement>();
            for (var i = 0; i < outgoing.Count; i++)
            {
                var steps = new List<OutlineNode>();
                if (Walk(Target(outgoing[i]), inBranch: true, steps) is { } join && !joins.Contains(join))
                {
                    joins.Add(join);
                }

                children.Add(new OutlineNode(OutlineNodeKind.Branch, OutlineTexts.Branch(outgoing[i], i + 1, outgoing[i].Id == node.DefaultFlowId), outgoing[i].Id, null, steps));
            }

            // Unstructured models: branches that meet at different joins; all but the last continue here, in order.
            foreach (var extra in joins.SkipLast(1))
            {
                Walk(extra, inBranch, list, passJoin: extra.Id);
            }

            node = joins.LastOrDefault();
            passJoin = node?.Id;
        }

        return null;
    }

    private BpmnElement? Target(BpmnElement flow) => flow.TargetId is null ? null : _model.Find(flow.TargetId);

    private string? Lane(BpmnElement element) => element.LaneId is { } lane ? _model.Find(lane)?.Name : null;
}
