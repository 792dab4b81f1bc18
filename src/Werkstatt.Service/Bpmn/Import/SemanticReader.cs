using System.Xml.Linq;
using Werkstatt.Service.Bpmn.Model;

namespace Werkstatt.Service.Bpmn.Import;

/// <summary>Reads the semantic part of a <c>definitions</c> element: collaborations, processes, lanes, nodes, flows, artifacts.</summary>
internal sealed class SemanticReader
{
    private static readonly XNamespace M = BpmnNamespaces.Model;
    private readonly ReadContext _context;
    private readonly Dictionary<string, XElement> _globalDefinitions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);
    private readonly HashSet<string> _referencedDataObjects = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _participantOfProcess = new(StringComparer.Ordinal);

    private SemanticReader(ReadContext context) => _context = context;

    public static void Read(XElement definitions, ReadContext context) => new SemanticReader(context).ReadDefinitions(definitions);

    private void ReadDefinitions(XElement definitions)
    {
        foreach (var child in definitions.Elements())
        {
            if (child.Name.Namespace == M && ElementKinds.EventDefinitions.ContainsKey(child.Name.LocalName) && (string?)child.Attribute("id") is { } id)
            {
                _globalDefinitions.TryAdd(id, child);
            }
        }

        // Names that other elements borrow: data objects/stores for their references, category values for groups.
        foreach (var named in definitions.Descendants().Where(d => d.Name.Namespace == M))
        {
            var local = named.Name.LocalName;
            if (local is "dataObject" or "dataStore" && (string?)named.Attribute("id") is { } id)
            {
                _names.TryAdd(id, XmlRefs.Name((string?)named.Attribute("name")));
            }
            else if (local == "categoryValue" && (string?)named.Attribute("id") is { } valueId)
            {
                _names.TryAdd(valueId, XmlRefs.Name((string?)named.Attribute("value")));
            }
            else if (local == "dataObjectReference" && XmlRefs.Attribute(named, "dataObjectRef") is { } referenced)
            {
                _referencedDataObjects.Add(referenced);
            }
        }

        foreach (var collaboration in definitions.Elements(M + "collaboration"))
        {
            ReadCollaboration(collaboration);
        }

        foreach (var process in definitions.Elements(M + "process"))
        {
            var id = _context.Id(process);
            var participant = _participantOfProcess.GetValueOrDefault(id);
            var name = XmlRefs.Name((string?)process.Attribute("name"));
            if (name.Length == 0 && participant is not null)
            {
                name = _context.Elements.First(e => e.Id == participant).Name;
            }

            _context.Processes.Add(new BpmnProcess(id, name, participant));
            ReadContainer(process, id, null);
        }

        if (_context.Processes.Count == 0 && _participantOfProcess.Count == 0)
        {
            _context.Problem(BpmnProblemCodes.NoProcess, "Die Datei enthält keinen Prozess.");
        }
    }

    private void ReadCollaboration(XElement collaboration)
    {
        foreach (var participant in collaboration.Elements(M + "participant"))
        {
            var id = _context.Id(participant);
            var processId = XmlRefs.Attribute(participant, "processRef");
            if (processId is not null)
            {
                _participantOfProcess.TryAdd(processId, id);
            }

            _context.Add(new BpmnElement(id, XmlRefs.Name((string?)participant.Attribute("name")), BpmnElementKind.Participant, null, null) { ProcessId = processId });
        }

        foreach (var flow in collaboration.Elements(M + "messageFlow"))
        {
            _context.Add(new BpmnElement(_context.Id(flow), XmlRefs.Name((string?)flow.Attribute("name")), BpmnElementKind.MessageFlow, null, null)
            {
                SourceId = XmlRefs.Attribute(flow, "sourceRef"),
                TargetId = XmlRefs.Attribute(flow, "targetRef"),
            });
        }

        foreach (var child in collaboration.Elements())
        {
            ReadArtifact(child, null);
        }
    }

    private void ReadContainer(XElement container, string containerId, string? inheritedLane)
    {
        var laneOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var laneSet in container.Elements(M + "laneSet"))
        {
            ReadLanes(laneSet, containerId, null, laneOf);
        }

        foreach (var child in container.Elements())
        {
            if (child.Name.Namespace != M)
            {
                continue;
            }

            if (ElementKinds.FlowNodes.TryGetValue(child.Name.LocalName, out var kind))
            {
                var id = _context.Id(child);
                var lane = laneOf.GetValueOrDefault(id) ?? inheritedLane;
                FlowNodeReader.Read(child, kind, id, containerId, lane, _globalDefinitions, _context);
                if (BpmnKinds.IsSubProcess(kind))
                {
                    ReadContainer(child, id, lane);
                }
            }
            else if (child.Name.LocalName == "sequenceFlow")
            {
                _context.Add(new BpmnElement(_context.Id(child), XmlRefs.Name((string?)child.Attribute("name")), BpmnElementKind.SequenceFlow, containerId, null)
                {
                    SourceId = XmlRefs.Attribute(child, "sourceRef"),
                    TargetId = XmlRefs.Attribute(child, "targetRef"),
                    Condition = child.Element(M + "conditionExpression") is { } condition ? condition.Value.Trim() : null,
                });
            }
            else
            {
                ReadData(child, containerId, laneOf, inheritedLane);
                ReadArtifact(child, containerId);
            }
        }
    }

    private void ReadLanes(XElement laneSet, string containerId, string? parentLane, Dictionary<string, string> laneOf)
    {
        foreach (var lane in laneSet.Elements(M + "lane"))
        {
            var id = _context.Id(lane);
            _context.Add(new BpmnElement(id, XmlRefs.Name((string?)lane.Attribute("name")), BpmnElementKind.Lane, containerId, parentLane));
            foreach (var reference in lane.Elements(M + "flowNodeRef"))
            {
                if (XmlRefs.Resolve(reference, reference.Value) is { } node)
                {
                    laneOf[node] = id;
                }
            }

            // Child lanes come after their parent, so a node listed in both ends up in the innermost lane.
            foreach (var childSet in lane.Elements(M + "childLaneSet"))
            {
                ReadLanes(childSet, containerId, id, laneOf);
            }
        }
    }

    private void ReadData(XElement child, string containerId, Dictionary<string, string> laneOf, string? inheritedLane)
    {
        var local = child.Name.LocalName;
        if (local is not ("dataObjectReference" or "dataStoreReference" or "dataObject"))
        {
            return;
        }

        var id = (string?)child.Attribute("id");
        if (local == "dataObject" && id is not null && _referencedDataObjects.Contains(id))
        {
            return;
        }

        id = _context.Id(child);
        var name = XmlRefs.Name((string?)child.Attribute("name"));
        var reference = XmlRefs.Attribute(child, local == "dataStoreReference" ? "dataStoreRef" : "dataObjectRef");
        if (name.Length == 0 && reference is not null)
        {
            name = _names.GetValueOrDefault(reference) ?? string.Empty;
        }

        var kind = local == "dataStoreReference" ? BpmnElementKind.DataStore : BpmnElementKind.DataObject;
        _context.Add(new BpmnElement(id, name, kind, containerId, laneOf.GetValueOrDefault(id) ?? inheritedLane));
    }

    private void ReadArtifact(XElement child, string? containerId)
    {
        if (child.Name.Namespace != M)
        {
            return;
        }

        switch (child.Name.LocalName)
        {
            case "textAnnotation":
                _context.Add(new BpmnElement(_context.Id(child), XmlRefs.Name(child.Element(M + "text")?.Value), BpmnElementKind.TextAnnotation, containerId, null));
                break;
            case "association":
                _context.Add(new BpmnElement(_context.Id(child), string.Empty, BpmnElementKind.Association, containerId, null)
                {
                    SourceId = XmlRefs.Attribute(child, "sourceRef"),
                    TargetId = XmlRefs.Attribute(child, "targetRef"),
                });
                break;
            case "group":
                var name = XmlRefs.Name((string?)child.Attribute("name"));
                if (name.Length == 0 && XmlRefs.Attribute(child, "categoryValueRef") is { } value)
                {
                    name = _names.GetValueOrDefault(value) ?? string.Empty;
                }

                _context.Add(new BpmnElement(_context.Id(child), name, BpmnElementKind.Group, containerId, null));
                break;
        }
    }
}
