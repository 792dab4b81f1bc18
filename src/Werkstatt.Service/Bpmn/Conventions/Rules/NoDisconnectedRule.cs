using Werkstatt.Service.Bpmn.Model;

namespace Werkstatt.Service.Bpmn.Conventions.Rules;

/// <summary>Every flow node is connected by sequence flows: nothing stands alone, nothing but end events is a dead end, nothing but start events has no way in.</summary>
public sealed class NoDisconnectedRule : ConventionRule
{
    public override string Id => "no-disconnected";

    public override string Title => "Keine unverbundenen Elemente";

    public override ConventionSeverity DefaultSeverity => ConventionSeverity.Error;

    public override IEnumerable<RuleViolation> Check(ConventionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var model = context.Model;
        foreach (var node in context.FlowNodes)
        {
            if (node.TriggeredByEvent || IsInAdHoc(model, node))
            {
                continue;
            }

            var incoming = model.Incoming(node.Id).Count;
            var outgoing = model.Outgoing(node.Id).Count;
            var isLink = node.Definition == BpmnEventDefinition.Link;
            var needsIncoming = node.Kind is not (BpmnElementKind.StartEvent or BpmnElementKind.BoundaryEvent) && !(isLink && node.Kind == BpmnElementKind.IntermediateCatchEvent);
            var needsOutgoing = node.Kind != BpmnElementKind.EndEvent && !(isLink && node.Kind == BpmnElementKind.IntermediateThrowEvent);
            var description = ConventionContext.Describe(node);
            if (incoming == 0 && outgoing == 0 && node.Kind != BpmnElementKind.BoundaryEvent)
            {
                yield return Violation($"{description} ist mit keinem anderen Element durch einen Sequenzfluss verbunden.", node.Id);
            }
            else if (needsOutgoing && outgoing == 0)
            {
                yield return Violation($"{description} hat keinen ausgehenden Sequenzfluss.", node.Id);
            }
            else if (needsIncoming && incoming == 0)
            {
                yield return Violation($"{description} hat keinen eingehenden Sequenzfluss.", node.Id);
            }
        }
    }

    private static bool IsInAdHoc(BpmnModel model, BpmnElement node) =>
        node.ParentId is { } parent && model.Find(parent)?.Kind == BpmnElementKind.AdHocSubProcess;
}
