using Werkstatt.Service.Bpmn.Conventions;
using Werkstatt.Service.Bpmn.Model;

namespace Werkstatt.Service.Submissions;

/// <summary>The findings shown with a model: the network's convention checks, then what the import noticed.</summary>
public static class SubmissionFindings
{
    public static IReadOnlyList<SubmissionFinding> For(BpmnModel model, IReadOnlyList<BpmnProblem> problems, NetworkConventions conventions)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(problems);
        ArgumentNullException.ThrowIfNull(conventions);
        var findings = ConventionChecker.Check(model, SettingsOf(conventions))
            .SelectMany(f => (f.ElementIds.Count == 0 ? [null] : f.ElementIds.Cast<string?>().Take(1))
                .Select(id => new SubmissionFinding(LevelOf(f.Severity), f.RuleId, f.Message, id)))
            .OrderBy(f => f.Level)
            .ToList();
        findings.AddRange(problems.Select(p => new SubmissionFinding(FindingLevel.Warning, p.Code, p.Message, p.ElementId)));
        return findings;
    }

    /// <summary>The network's stored choices as the checker's settings (rules without a choice keep their defaults).</summary>
    public static ConventionSettings SettingsOf(NetworkConventions conventions)
    {
        ArgumentNullException.ThrowIfNull(conventions);
        return new ConventionSettings(conventions.Rules.ToDictionary(
            r => r.RuleId,
            r => new Bpmn.Conventions.ConventionRuleSetting(r.Enabled, r.Level switch
            {
                FindingLevel.Error => ConventionSeverity.Error,
                FindingLevel.Warning => ConventionSeverity.Warning,
                _ => ConventionSeverity.Hint,
            }),
            StringComparer.Ordinal));
    }

    /// <summary>The checker's severity as the level a finding is shown with.</summary>
    public static FindingLevel LevelOf(ConventionSeverity severity) => severity switch
    {
        ConventionSeverity.Error => FindingLevel.Error,
        ConventionSeverity.Warning => FindingLevel.Warning,
        _ => FindingLevel.Hint,
    };
}
