using Werkstatt.Domain.Common;

namespace Werkstatt.Domain.WorkshopNotes;

/// <summary>Note and action item text: like <see cref="Text.Required"/>, but line breaks (from a text area) are kept as "\n".</summary>
public static class NoteText
{
    public static string Required(string? value, int maxLength, string field, string label)
    {
        var lines = (value ?? string.Empty).Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Trim()
            .Split('\n').Select(line => line.TrimEnd()).ToList();

        // Each line is checked for control characters, the whole (lines joined) for emptiness and length.
        foreach (var line in lines.Where(l => l.Length > 0))
        {
            Text.Required(line, maxLength, field, label);
        }

        Text.Required(string.Join(' ', lines), maxLength, field, label);
        return string.Join('\n', lines);
    }

    /// <summary>Checks a rule that concerns one input field: a broken one is a validation error next to that field.</summary>
    internal static void Check(IBusinessRule rule, string field)
    {
        if (rule.IsBroken())
        {
            throw new DomainRuleViolation(DomainRuleViolation.RuleName(rule.GetType()), rule.Message, field);
        }
    }
}
