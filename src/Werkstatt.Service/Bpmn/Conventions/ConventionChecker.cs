using Werkstatt.Service.Bpmn.Conventions.Rules;
using Werkstatt.Service.Bpmn.Model;

namespace Werkstatt.Service.Bpmn.Conventions;

/// <summary>Runs the convention rules on a model with a network's settings; findings ordered by severity, then rule order.</summary>
public static class ConventionChecker
{
    /// <summary>All rules, in the order they are listed to users.</summary>
    public static IReadOnlyList<ConventionRule> Rules { get; } =
    [
        new StartEventRequiredRule(),
        new EndEventRequiredRule(),
        new NoDisconnectedRule(),
        new LabelRequiredRule(),
        new NoImplicitSplitRule(),
        new NoImplicitJoinRule(),
        new NoGatewayJoinForkRule(),
        new SuperfluousGatewayRule(),
        new SingleBlankStartEventRule(),
        new TaskNameRule(),
        new NoOverlappingShapesRule(),
        new ElementHasDiagramRule(),
    ];

    public static ConventionRule? Find(string ruleId) => Rules.FirstOrDefault(r => r.Id == ruleId);

    public static IReadOnlyList<ConventionFinding> Check(BpmnModel model, ConventionSettings? settings = null)
    {
        settings ??= ConventionSettings.Default;
        var context = new ConventionContext(model);
        var findings = new List<ConventionFinding>();
        foreach (var rule in Rules.Where(settings.IsEnabled))
        {
            var severity = settings.SeverityOf(rule);
            findings.AddRange(rule.Check(context).Select(v => new ConventionFinding(rule.Id, severity, v.Message, v.ElementIds)));
        }

        return [.. findings.OrderBy(f => f.Severity)];
    }
}
