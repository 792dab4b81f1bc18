using Werkstatt.Service.Bpmn.Model;

namespace Werkstatt.Service.Bpmn.Conventions.Rules;

/// <summary>Shared check of the start/end event rules.</summary>
internal static class EventRequired
{
    public static IEnumerable<RuleViolation> Check(ConventionContext context, BpmnElementKind kind, string missing)
    {
        foreach (var container in context.Containers)
        {
            if (container.Element?.Kind == BpmnElementKind.AdHocSubProcess)
            {
                continue;
            }

            var children = context.Model.ChildrenOf(container.Id);
            if (children.Any(c => c.IsFlowNode) && !children.Any(c => c.Kind == kind))
            {
                yield return new RuleViolation($"{container.Description} hat {missing}.", [container.Element?.Id ?? container.Id]);
            }
        }
    }
}
