using System.Globalization;
using Werkstatt.Domain.Common;

namespace Werkstatt.Domain.Registers;

/// <summary>Reads and shows values of the member's own attributes: numbers and dates the German way, stored invariant.</summary>
public static class AttributeValues
{
    public const int TextMaxLength = 500;

    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    /// <summary>The canonical value, null for an empty input; a bad value throws a violation on field "Values".</summary>
    public static string? Parse(AttributeDefinition definition, string? input)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var text = input?.Trim() ?? string.Empty;
        if (text.Length == 0)
        {
            return null;
        }

        switch (definition.Kind)
        {
            case AttributeKind.Number:
                return decimal.TryParse(text, NumberStyles.Number, German, out var number)
                    ? number.ToString(CultureInfo.InvariantCulture)
                    : throw Bad(definition, "ist keine Zahl");
            case AttributeKind.Date:
                return DateOnly.TryParseExact(text, ["dd.MM.yyyy", "d.M.yyyy", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                    ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                    : throw Bad(definition, "ist kein Datum (TT.MM.JJJJ)");
            case AttributeKind.Choice:
                return definition.Choices.FirstOrDefault(c => string.Equals(c, text, StringComparison.OrdinalIgnoreCase))
                    ?? throw Bad(definition, $"muss einer der Werte {string.Join(", ", definition.Choices.Select(c => $"„{c}“"))} sein");
            default:
                return Text.Required(text, TextMaxLength, "Values", definition.Name);
        }
    }

    /// <summary>The value as a German reader expects it (1.234,5 / 31.12.2026).</summary>
    public static string Display(AttributeDefinition definition, string? canonical)
    {
        ArgumentNullException.ThrowIfNull(definition);
        if (string.IsNullOrEmpty(canonical))
        {
            return string.Empty;
        }

        return definition.Kind switch
        {
            AttributeKind.Number when decimal.TryParse(canonical, NumberStyles.Number, CultureInfo.InvariantCulture, out var n) => n.ToString("#,##0.############", German),
            AttributeKind.Date when DateOnly.TryParseExact(canonical, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) => BerlinTime.FormatDate(d),
            _ => canonical,
        };
    }

    private static DomainRuleViolation Bad(AttributeDefinition definition, string what) =>
        new("AttributeValueMustMatchItsKind", $"{definition.Name} {what}.", "Values");
}
