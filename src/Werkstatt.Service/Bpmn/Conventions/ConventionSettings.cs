namespace Werkstatt.Service.Bpmn.Conventions;

/// <summary>
/// A network's "Konventionen": per rule id an on/off and severity override. Rules not listed run with their defaults,
/// so new rules apply to existing networks without a migration of their settings.
/// </summary>
public sealed record ConventionSettings(IReadOnlyDictionary<string, ConventionRuleSetting> Rules)
{
    public static ConventionSettings Default { get; } = new(new Dictionary<string, ConventionRuleSetting>(StringComparer.Ordinal));

    public bool IsEnabled(ConventionRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return !Rules.TryGetValue(rule.Id, out var setting) || setting.Enabled;
    }

    public ConventionSeverity SeverityOf(ConventionRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return Rules.TryGetValue(rule.Id, out var setting) && setting.Severity is { } severity ? severity : rule.DefaultSeverity;
    }
}
