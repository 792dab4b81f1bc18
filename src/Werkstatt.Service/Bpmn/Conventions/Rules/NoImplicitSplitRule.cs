using Werkstatt.Service.Bpmn.Model;

namespace Werkstatt.Service.Bpmn.Conventions.Rules;

/// <summary>Only gateways split the flow: an activity or event with several unconditional outgoing sequence flows is ambiguous.</summary>
public sealed class NoImplicitSplitRule : ConventionRule
{
    public override string Id => "no-implicit-split";

    public override string Title => "Keine Verzweigung ohne Gateway";

    public override ConventionSeverity DefaultSeverity => ConventionSeverity.Warning;

    public override IEnumerable<RuleViolation> Check(ConventionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var node in context.FlowNodes.Where(n => !BpmnKinds.IsGateway(n.Kind)))
        {
            var plain = context.Model.Outgoing(node.Id).Count(f => f.Condition is null && f.Id != node.DefaultFlowId);
            if (plain > 1)
            {
                yield return Violation($"{ConventionContext.Describe(node)} verzweigt ohne Gateway ({plain} ausgehende Sequenzflüsse); bitte ein Gateway einsetzen.", node.Id);
            }
        }
    }
}
