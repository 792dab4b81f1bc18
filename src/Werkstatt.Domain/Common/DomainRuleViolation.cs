namespace Werkstatt.Domain.Common;

/// <summary>Thrown when a transition or change would break a business rule; carries the rule's name and a German message.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1710", Justification = "The domain's name for it (conventions.md).")]
public class DomainRuleViolation : Exception
{
    public DomainRuleViolation(IBusinessRule rule)
        : this(RuleName(rule.GetType()), rule.Message, field: null)
    {
    }

    public DomainRuleViolation(string rule, string message, string? field = null)
        : base(message)
    {
        Rule = rule;
        Field = field;
    }

    public DomainRuleViolation()
        : this("Unknown", "Die Regel wurde verletzt.")
    {
    }

    public DomainRuleViolation(string message)
        : this("Unknown", message)
    {
    }

    public DomainRuleViolation(string message, Exception innerException)
        : base(message, innerException)
    {
        Rule = "Unknown";
    }

    /// <summary>The rule's name, e.g. <c>ScheduleMustBeInOrder</c>.</summary>
    public string Rule { get; }

    /// <summary>The input field the rule concerns, when there is one.</summary>
    public string? Field { get; }

    public static string RuleName(Type ruleType)
    {
        ArgumentNullException.ThrowIfNull(ruleType);
        var name = ruleType.Name;
        return name.EndsWith("Rule", StringComparison.Ordinal) ? name[..^4] : name;
    }
}
