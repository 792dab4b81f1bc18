using Werkstatt.Service.Bpmn.Model;

namespace Werkstatt.Service.Bpmn.Conventions.Rules;

/// <summary>
/// Every flow node, pool, lane, data element and flow appears in some diagram. Files without any diagram are left to
/// the import note (they are shown as a list).
/// </summary>
public sealed class ElementHasDiagramRule : ConventionRule
{
    public override string Id => "element-has-di";

    public override string Title => "Jedes Element ist im Diagramm dargestellt";

    public override ConventionSeverity DefaultSeverity => ConventionSeverity.Warning;

    public override IEnumerable<RuleViolation> Check(ConventionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var model = context.Model;
        if (!model.HasDiagram)
        {
            yield break;
        }

        var drawn = new HashSet<string>(StringComparer.Ordinal);
        foreach (var diagram in model.Diagrams)
        {
            drawn.UnionWith(diagram.Shapes.Select(s => s.ElementId));
            drawn.UnionWith(diagram.Edges.Select(e => e.ElementId));
        }

        foreach (var element in model.Elements)
        {
            var relevant = element.IsFlowNode || BpmnKinds.IsData(element.Kind)
                || element.Kind is BpmnElementKind.Participant or BpmnElementKind.Lane or BpmnElementKind.SequenceFlow or BpmnElementKind.MessageFlow;
            if (relevant && !drawn.Contains(element.Id))
            {
                yield return Violation($"{ConventionContext.Describe(element)} ist im Diagramm nicht dargestellt.", element.Id);
            }
        }
    }
}
