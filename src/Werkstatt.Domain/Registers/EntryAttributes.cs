namespace Werkstatt.Domain.Registers;

/// <summary>The member's standard attributes of one entry, as entered (checked by the register).</summary>
public sealed record EntryAttributes(
    string? OwnerUnit, string? ResponsiblePerson, int? CaseVolume, RegisterPriority? Priority, ProcessStatus Status, string? LibraryEntryId);
