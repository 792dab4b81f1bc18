using Werkstatt.Service.Bpmn.Model;

namespace Werkstatt.Service.Bpmn.Conventions.Rules;

/// <summary>At most one blank start event per process or sub-process (more than one leaves open how the process starts).</summary>
public sealed class SingleBlankStartEventRule : ConventionRule
{
    public override string Id => "single-blank-start-event";

    public override string Title => "Höchstens ein leeres Startereignis";

    public override ConventionSeverity DefaultSeverity => ConventionSeverity.Warning;

    public override IEnumerable<RuleViolation> Check(ConventionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var container in context.Containers)
        {
            var blank = context.Model.ChildrenOf(container.Id).Where(c => c.Kind == BpmnElementKind.StartEvent && c.Definition == BpmnEventDefinition.None).ToList();
            if (blank.Count > 1)
            {
                yield return new RuleViolation($"{container.Description} hat {blank.Count} leere Startereignisse; höchstens eines ist eindeutig.", [.. blank.Select(b => b.Id)]);
            }
        }
    }
}
