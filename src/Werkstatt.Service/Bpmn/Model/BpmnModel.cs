namespace Werkstatt.Service.Bpmn.Model;

/// <summary>
/// A BPMN file's semantic model and its diagrams. <see cref="Elements"/> is in document order; lookups by id and the
/// incoming/outgoing sequence flows per node are indexed once.
/// </summary>
public sealed class BpmnModel
{
    private static readonly IReadOnlyList<BpmnElement> None = [];
    private readonly Dictionary<string, BpmnElement> _byId;
    private readonly Dictionary<string, List<BpmnElement>> _incoming = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<BpmnElement>> _outgoing = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<BpmnElement>> _children = new(StringComparer.Ordinal);

    public BpmnModel(IReadOnlyList<BpmnProcess> processes, IReadOnlyList<BpmnElement> elements, IReadOnlyList<BpmnDiagram> diagrams)
    {
        ArgumentNullException.ThrowIfNull(elements);
        Processes = processes;
        Elements = elements;
        Diagrams = diagrams;
        _byId = new Dictionary<string, BpmnElement>(elements.Count, StringComparer.Ordinal);
        foreach (var element in elements)
        {
            _byId.TryAdd(element.Id, element);
            if (element.ParentId is { } parent)
            {
                Add(_children, parent, element);
            }

            if (element.Kind == BpmnElementKind.SequenceFlow && element.SourceId is { } source && element.TargetId is { } target)
            {
                Add(_outgoing, source, element);
                Add(_incoming, target, element);
            }
        }
    }

    public IReadOnlyList<BpmnProcess> Processes { get; }

    public IReadOnlyList<BpmnElement> Elements { get; }

    public IReadOnlyList<BpmnDiagram> Diagrams { get; }

    public bool HasDiagram => Diagrams.Any(d => d.Shapes.Count > 0);

    public BpmnElement? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>Incoming sequence flows of a flow node.</summary>
    public IReadOnlyList<BpmnElement> Incoming(string id) => _incoming.TryGetValue(id, out var list) ? list : None;

    /// <summary>Outgoing sequence flows of a flow node.</summary>
    public IReadOnlyList<BpmnElement> Outgoing(string id) => _outgoing.TryGetValue(id, out var list) ? list : None;

    /// <summary>Elements whose <see cref="BpmnElement.ParentId"/> is the given process or sub-process, in document order.</summary>
    public IReadOnlyList<BpmnElement> ChildrenOf(string containerId) => _children.TryGetValue(containerId, out var list) ? list : None;

    public IEnumerable<BpmnElement> OfKind(BpmnElementKind kind) => Elements.Where(e => e.Kind == kind);

    private static void Add(Dictionary<string, List<BpmnElement>> index, string key, BpmnElement element)
    {
        if (!index.TryGetValue(key, out var list))
        {
            list = [];
            index[key] = list;
        }

        list.Add(element);
    }
}
