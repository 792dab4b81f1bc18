namespace Werkstatt.Service.Submissions;

/// <summary>The network's choice for one convention rule: on or off, and how serious a finding of it is.</summary>
public sealed record ConventionRuleSetting(string RuleId, bool Enabled, FindingLevel Level)
{
    public const int RuleIdMaxLength = 100;
}
