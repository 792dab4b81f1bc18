using Werkstatt.Service.Bpmn.Model;

namespace Werkstatt.Service.Bpmn.Conventions.Rules;

/// <summary>Every process and sub-process (except ad-hoc ones) begins with a start event.</summary>
public sealed class StartEventRequiredRule : ConventionRule
{
    public override string Id => "start-event-required";

    public override string Title => "Startereignis je Prozess und Teilprozess";

    public override ConventionSeverity DefaultSeverity => ConventionSeverity.Error;

    public override IEnumerable<RuleViolation> Check(ConventionContext context) => EventRequired.Check(context, BpmnElementKind.StartEvent, "kein Startereignis");
}
