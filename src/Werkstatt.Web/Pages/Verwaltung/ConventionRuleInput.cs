using Werkstatt.Service.Submissions;

namespace Werkstatt.Web.Pages.Verwaltung;

/// <summary>One row of the conventions form: a rule, whether it runs, and how serious its findings are.</summary>
public sealed class ConventionRuleInput
{
    public string RuleId { get; set; } = string.Empty;

    public bool Enabled { get; set; }

    public FindingLevel Level { get; set; }
}
