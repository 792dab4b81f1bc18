namespace Werkstatt.Domain.Common;

/// <summary>Checks for bounded, trimmed user text.</summary>
public static class Text
{
    /// <summary>Trims the value and checks its length; throws a violation naming the field otherwise.</summary>
    public static string Required(string? value, int maxLength, string field, string label)
    {
        var trimmed = value?.Trim() ?? string.Empty;
        if (trimmed.Length == 0)
        {
            throw new DomainRuleViolation("FieldIsRequired", $"{label} darf nicht leer sein.", field);
        }

        if (trimmed.Length > maxLength)
        {
            throw new DomainRuleViolation("FieldIsTooLong", $"{label} darf höchstens {maxLength} Zeichen lang sein.", field);
        }

        if (trimmed.Any(char.IsControl))
        {
            throw new DomainRuleViolation("FieldHasControlCharacters", $"{label} enthält unzulässige Steuerzeichen.", field);
        }

        return trimmed;
    }

    /// <summary>Like <see cref="Required"/> but an empty value becomes null.</summary>
    public static string? Optional(string? value, int maxLength, string field, string label)
    {
        return string.IsNullOrWhiteSpace(value) ? null : Required(value, maxLength, field, label);
    }
}
