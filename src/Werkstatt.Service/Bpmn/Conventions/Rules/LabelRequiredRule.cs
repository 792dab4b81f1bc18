using Werkstatt.Service.Bpmn.Model;

namespace Werkstatt.Service.Bpmn.Conventions.Rules;

/// <summary>
/// Activities, events, splitting exclusive/inclusive/complex gateways, pools and lanes are labelled. Blank start and end
/// events inside sub-processes, joins and parallel or event-based splits need no label.
/// </summary>
public sealed class LabelRequiredRule : ConventionRule
{
    public override string Id => "label-required";

    public override string Title => "Bezeichnungen für Aufgaben, Ereignisse, verzweigende Gateways, Pools und Lanes";

    public override ConventionSeverity DefaultSeverity => ConventionSeverity.Warning;

    public override IEnumerable<RuleViolation> Check(ConventionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var element in context.Model.Elements)
        {
            if (element.Name.Length == 0 && NeedsLabel(context.Model, element))
            {
                yield return Violation($"{ConventionContext.Describe(element)} sollte benannt werden.", element.Id);
            }
        }
    }

    private static bool NeedsLabel(BpmnModel model, BpmnElement element) => element.Kind switch
    {
        BpmnElementKind.Participant or BpmnElementKind.Lane => true,
        BpmnElementKind.ExclusiveGateway or BpmnElementKind.InclusiveGateway or BpmnElementKind.ComplexGateway => model.Outgoing(element.Id).Count > 1,
        BpmnElementKind.StartEvent or BpmnElementKind.EndEvent => element.Definition != BpmnEventDefinition.None || !InSubProcess(model, element),
        var kind => BpmnKinds.IsActivity(kind) || BpmnKinds.IsEvent(kind),
    };

    private static bool InSubProcess(BpmnModel model, BpmnElement element) =>
        element.ParentId is { } parent && model.Find(parent) is { } container && BpmnKinds.IsSubProcess(container.Kind);
}
