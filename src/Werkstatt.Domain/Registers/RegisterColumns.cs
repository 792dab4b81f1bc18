namespace Werkstatt.Domain.Registers;

/// <summary>The standard columns of an exported register, in file order; the member's own attributes follow them.</summary>
public static class RegisterColumns
{
    public const string Id = "Kennung";
    public const string Group = "Gruppe";
    public const string Name = "Prozess";
    public const string LeikaKey = "LeiKa-Schlüssel";
    public const string Description = "Beschreibung";
    public const string Struck = "Gestrichen";
    public const string StrikeReason = "Streichungsgrund";
    public const string OwnerUnit = "Organisationseinheit";
    public const string ResponsiblePerson = "Verantwortlich";
    public const string CaseVolume = "Fallzahl pro Jahr";
    public const string Priority = "Priorität";
    public const string Status = "Status";
    public const string Library = "Bibliothek";

    public static IReadOnlyList<string> Standard { get; } =
        [Id, Group, Name, LeikaKey, Description, Struck, StrikeReason, OwnerUnit, ResponsiblePerson, CaseVolume, Priority, Status, Library];

    /// <summary>Columns a file must have; the others may be left out.</summary>
    public static IReadOnlyList<string> Required { get; } = [Group, Name];
}
