using Werkstatt.Service.Bpmn.Model;

namespace Werkstatt.Service.Bpmn.Conventions.Rules;

/// <summary>Every process and sub-process (except ad-hoc ones) ends with an end event.</summary>
public sealed class EndEventRequiredRule : ConventionRule
{
    public override string Id => "end-event-required";

    public override string Title => "Endereignis je Prozess und Teilprozess";

    public override ConventionSeverity DefaultSeverity => ConventionSeverity.Error;

    public override IEnumerable<RuleViolation> Check(ConventionContext context) => EventRequired.Check(context, BpmnElementKind.EndEvent, "kein Endereignis");
}
