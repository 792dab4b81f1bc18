using Werkstatt.Service.Bpmn.Model;

namespace Werkstatt.Service.Bpmn.Conventions.Rules;

/// <summary>Only gateways join the flow: several sequence flows into an activity or event hide whether it waits for all.</summary>
public sealed class NoImplicitJoinRule : ConventionRule
{
    public override string Id => "no-implicit-join";

    public override string Title => "Keine Zusammenführung ohne Gateway";

    public override ConventionSeverity DefaultSeverity => ConventionSeverity.Warning;

    public override IEnumerable<RuleViolation> Check(ConventionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var node in context.FlowNodes.Where(n => !BpmnKinds.IsGateway(n.Kind)))
        {
            var incoming = context.Model.Incoming(node.Id).Count;
            if (incoming > 1)
            {
                yield return Violation($"{ConventionContext.Describe(node)} führt {incoming} Sequenzflüsse ohne Gateway zusammen; bitte ein Gateway einsetzen.", node.Id);
            }
        }
    }
}
