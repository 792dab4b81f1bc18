using Werkstatt.Domain.Common;
using Werkstatt.Domain.Registers.Rules;

namespace Werkstatt.Domain.Registers;

/// <summary>The member's own attribute definitions.</summary>
public sealed partial class Register
{
    public AttributeDefinition DefineAttribute(string name, AttributeKind kind, IEnumerable<string>? choices, DateTimeOffset now, string by)
    {
        var checkedName = Text.Required(name, AttributeDefinition.NameMaxLength, "Name", "Der Name des Merkmals");
        if (checkedName.Contains(';', StringComparison.Ordinal))
        {
            throw new DomainRuleViolation("AttributeNameHasNoSemicolon", "Der Name eines Merkmals darf kein Semikolon enthalten.", "Name");
        }

        var taken = _definitions.Any(d => string.Equals(d.Name, checkedName, StringComparison.OrdinalIgnoreCase))
            || RegisterColumns.Standard.Any(c => string.Equals(c, checkedName, StringComparison.OrdinalIgnoreCase));
        var unique = new AttributeNamesAreUniqueRule(checkedName, taken);
        if (unique.IsBroken())
        {
            throw new DomainRuleViolation(DomainRuleViolation.RuleName(unique.GetType()), unique.Message, "Name");
        }

        if (!Enum.IsDefined(kind))
        {
            throw new DomainRuleViolation("AttributeKindMustBeKnown", "Bitte eine Art wählen: Text, Zahl, Auswahl oder Datum.", "Kind");
        }

        if (_definitions.Count >= MaxAttributes)
        {
            throw new DomainRuleViolation("AttributesAreLimited", $"Ein Register hat höchstens {MaxAttributes} eigene Merkmale.");
        }

        var list = kind == AttributeKind.Choice ? CheckChoices(choices) : [];
        var definition = new AttributeDefinition(Guid.CreateVersion7(), checkedName, kind, list, _definitions.Count == 0 ? 0 : _definitions.Max(d => d.Position) + 1);
        _definitions.Add(definition);
        Touch(now, by);
        return definition;
    }

    /// <summary>Removes an attribute and its values from every entry.</summary>
    public void RemoveAttribute(Guid definitionId, DateTimeOffset now, string by)
    {
        var definition = Definition(definitionId);
        _definitions.Remove(definition);
        foreach (var entry in _entries.Where(e => e.Values.ContainsKey(definitionId)))
        {
            entry.Values = entry.Values.Where(v => v.Key != definitionId).ToDictionary(v => v.Key, v => v.Value);
        }

        Touch(now, by);
    }

    private static List<string> CheckChoices(IEnumerable<string>? choices)
    {
        var list = (choices ?? []).Select(c => c.Trim()).Where(c => c.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (list.Count == 0 || list.Count > AttributeDefinition.MaxChoices)
        {
            throw new DomainRuleViolation("ChoiceAttributesNeedChoices", $"Ein Auswahl-Merkmal braucht 1 bis {AttributeDefinition.MaxChoices} Werte (einer je Zeile).", "Choices");
        }

        if (list.Any(c => c.Length > AttributeDefinition.ChoiceMaxLength || c.Contains('|', StringComparison.Ordinal) || c.Any(char.IsControl)))
        {
            throw new DomainRuleViolation("ChoicesMustBeShortText", $"Jeder Auswahlwert hat höchstens {AttributeDefinition.ChoiceMaxLength} Zeichen und kein „|“.", "Choices");
        }

        return list;
    }
}
