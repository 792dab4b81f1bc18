using Werkstatt.Domain.Common;

namespace Werkstatt.Domain.Registers;

/// <summary>Checks of single fields shared by the forms and the import.</summary>
public sealed partial class Register
{
    internal static string CheckGroup(string? group) => Text.Required(group, RegisterEntry.GroupMaxLength, "Group", "Die Gruppe");

    internal static string CheckName(string? name) => Text.Required(name, RegisterEntry.NameMaxLength, "Name", "Der Name des Prozesses");

    internal static string? CheckDescription(string? description) => Text.Optional(description, RegisterEntry.DescriptionMaxLength, "Description", "Die Beschreibung");

    internal static (string? Unit, string? Person, string? Library) CheckAttributes(EntryAttributes attributes)
    {
        if (attributes.CaseVolume is < 0 or > RegisterEntry.MaxCaseVolume)
        {
            throw new DomainRuleViolation("CaseVolumeMustBePlausible", $"Die Fallzahl muss zwischen 0 und {RegisterEntry.MaxCaseVolume:N0} liegen.", "CaseVolume");
        }

        if (!Enum.IsDefined(attributes.Status) || (attributes.Priority is { } p && !Enum.IsDefined(p)))
        {
            throw new DomainRuleViolation("StatusMustBeKnown", "Status oder Priorität ist unbekannt.", "Status");
        }

        return (
            Text.Optional(attributes.OwnerUnit, RegisterEntry.UnitMaxLength, "OwnerUnit", "Die Organisationseinheit"),
            Text.Optional(attributes.ResponsiblePerson, RegisterEntry.PersonMaxLength, "ResponsiblePerson", "Die verantwortliche Person"),
            Text.Optional(attributes.LibraryEntryId, RegisterEntry.LibraryMaxLength, "LibraryEntryId", "Der Bibliotheksverweis"));
    }

    internal AttributeDefinition Definition(Guid id) => _definitions.FirstOrDefault(d => d.Id == id)
        ?? throw new DomainRuleViolation("AttributeMustExist", "Dieses Merkmal gibt es im Register nicht (mehr).", "Values");

    internal static Dictionary<Guid, string> Merge(IReadOnlyDictionary<Guid, string> current, IEnumerable<(AttributeDefinition Definition, string? Value)> changes)
    {
        var result = new Dictionary<Guid, string>(current);
        foreach (var (definition, value) in changes)
        {
            if (AttributeValues.Parse(definition, value) is { } canonical)
            {
                result[definition.Id] = canonical;
            }
            else
            {
                result.Remove(definition.Id);
            }
        }

        return result;
    }
}
