namespace Werkstatt.Domain.Registers;

/// <summary>
/// One difference between a register and the latest blueprint version, offered to the member to apply or decline.
/// <see cref="MemberRenamed"/>: the member gave the entry its own name, which an applied rename keeps.
/// </summary>
public sealed record BlueprintChange(BlueprintChangeKind Kind, Guid ItemKey, Guid? EntryId, string Group, string? OldName, string? NewName, bool MemberRenamed);
