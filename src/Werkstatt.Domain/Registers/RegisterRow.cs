namespace Werkstatt.Domain.Registers;

/// <summary>One row of an imported register file, as text; <see cref="Line"/> is the row number in the file (the header is 1).</summary>
public sealed record RegisterRow(
    int Line,
    string? Id,
    string? Group,
    string? Name,
    string? LeikaKey,
    string? Description,
    string? Struck,
    string? StrikeReason,
    string? OwnerUnit,
    string? ResponsiblePerson,
    string? CaseVolume,
    string? Priority,
    string? Status,
    string? LibraryEntryId,
    IReadOnlyDictionary<string, string?> Custom);
