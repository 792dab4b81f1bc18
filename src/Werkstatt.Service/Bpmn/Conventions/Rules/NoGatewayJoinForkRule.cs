using Werkstatt.Service.Bpmn.Model;

namespace Werkstatt.Service.Bpmn.Conventions.Rules;

/// <summary>A gateway either joins or splits, never both (two gateways make the semantics readable).</summary>
public sealed class NoGatewayJoinForkRule : ConventionRule
{
    public override string Id => "no-gateway-join-fork";

    public override string Title => "Gateways führen entweder zusammen oder verzweigen";

    public override ConventionSeverity DefaultSeverity => ConventionSeverity.Warning;

    public override IEnumerable<RuleViolation> Check(ConventionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var gateway in context.FlowNodes.Where(n => BpmnKinds.IsGateway(n.Kind)))
        {
            if (context.Model.Incoming(gateway.Id).Count > 1 && context.Model.Outgoing(gateway.Id).Count > 1)
            {
                yield return Violation($"{ConventionContext.Describe(gateway)} führt zusammen und verzweigt zugleich; bitte in zwei Gateways aufteilen.", gateway.Id);
            }
        }
    }
}
