using Werkstatt.Service.Bpmn.Model;

namespace Werkstatt.Service.Bpmn.Conventions.Rules;

/// <summary>A gateway with exactly one way in and one way out does nothing.</summary>
public sealed class SuperfluousGatewayRule : ConventionRule
{
    public override string Id => "superfluous-gateway";

    public override string Title => "Keine überflüssigen Gateways";

    public override ConventionSeverity DefaultSeverity => ConventionSeverity.Warning;

    public override IEnumerable<RuleViolation> Check(ConventionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var gateway in context.FlowNodes.Where(n => BpmnKinds.IsGateway(n.Kind)))
        {
            if (context.Model.Incoming(gateway.Id).Count == 1 && context.Model.Outgoing(gateway.Id).Count == 1)
            {
                yield return Violation($"{ConventionContext.Describe(gateway)} hat nur einen eingehenden und einen ausgehenden Sequenzfluss und ist überflüssig.", gateway.Id);
            }
        }
    }
}
