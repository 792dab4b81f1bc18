using System.Xml.Linq;
using Werkstatt.Service.Bpmn.Model;

namespace Werkstatt.Service.Bpmn.Import;

/// <summary>Reads one flow node (activity, event, gateway) with its markers, event definitions and data associations.</summary>
internal static class FlowNodeReader
{
    private static readonly XNamespace M = BpmnNamespaces.Model;

    public static BpmnElement Read(
        XElement x, BpmnElementKind kind, string id, string containerId, string? laneId, IReadOnlyDictionary<string, XElement> globalDefinitions, ReadContext context)
    {
        var element = new BpmnElement(id, XmlRefs.Name((string?)x.Attribute("name")), kind, containerId, laneId)
        {
            Definition = BpmnKinds.IsEvent(kind) ? Definition(x, globalDefinitions) : BpmnEventDefinition.None,
            AttachedToId = kind == BpmnElementKind.BoundaryEvent ? XmlRefs.Attribute(x, "attachedToRef") : null,
            Interrupting = kind switch
            {
                BpmnElementKind.BoundaryEvent => !IsFalse(x, "cancelActivity"),
                BpmnElementKind.StartEvent => !IsFalse(x, "isInterrupting"),
                _ => true,
            },
            Loop = Loop(x),
            TriggeredByEvent = IsTrue(x, "triggeredByEvent"),
            DefaultFlowId = XmlRefs.Attribute(x, "default"),
        };
        context.Add(element);
        foreach (var association in x.Elements(M + "dataInputAssociation"))
        {
            context.Add(new BpmnElement(context.Id(association), string.Empty, BpmnElementKind.DataAssociation, containerId, null)
            {
                SourceId = XmlRefs.Child(association, M + "sourceRef"),
                TargetId = id,
            });
        }

        foreach (var association in x.Elements(M + "dataOutputAssociation"))
        {
            context.Add(new BpmnElement(context.Id(association), string.Empty, BpmnElementKind.DataAssociation, containerId, null)
            {
                SourceId = id,
                TargetId = XmlRefs.Child(association, M + "targetRef"),
            });
        }

        return element;
    }

    private static BpmnEventDefinition Definition(XElement x, IReadOnlyDictionary<string, XElement> globalDefinitions)
    {
        var found = new List<BpmnEventDefinition>();
        foreach (var child in x.Elements())
        {
            if (child.Name.Namespace == M && ElementKinds.EventDefinitions.TryGetValue(child.Name.LocalName, out var definition))
            {
                found.Add(definition);
            }
            else if (child.Name == M + "eventDefinitionRef"
                && XmlRefs.Resolve(child, child.Value) is { } reference
                && globalDefinitions.TryGetValue(reference, out var global)
                && ElementKinds.EventDefinitions.TryGetValue(global.Name.LocalName, out var referenced))
            {
                found.Add(referenced);
            }
        }

        return found.Count switch
        {
            0 => BpmnEventDefinition.None,
            1 => found[0],
            _ => IsTrue(x, "parallelMultiple") ? BpmnEventDefinition.ParallelMultiple : BpmnEventDefinition.Multiple,
        };
    }

    private static BpmnLoop Loop(XElement x)
    {
        if (x.Element(M + "standardLoopCharacteristics") is not null)
        {
            return BpmnLoop.Standard;
        }

        return x.Element(M + "multiInstanceLoopCharacteristics") is { } multi
            ? (IsTrue(multi, "isSequential") ? BpmnLoop.SequentialMultiInstance : BpmnLoop.ParallelMultiInstance)
            : BpmnLoop.None;
    }

    private static bool IsTrue(XElement x, string attribute) =>
        string.Equals(((string?)x.Attribute(attribute))?.Trim(), "true", StringComparison.OrdinalIgnoreCase);

    private static bool IsFalse(XElement x, string attribute) =>
        string.Equals(((string?)x.Attribute(attribute))?.Trim(), "false", StringComparison.OrdinalIgnoreCase);
}
