using Werkstatt.Domain.Network;

namespace Werkstatt.Domain.ToBe;

/// <summary>
/// One saved to-be model; never overwritten. The raw BPMN XML is stored next to it (by Werkstatt, process and number);
/// <see cref="Elements"/>, <see cref="Problems"/> and <see cref="Findings"/> summarise what the import and the convention
/// checks found at the save.
/// </summary>
public sealed record ToBeVersion(
    int Number, DateTimeOffset SavedAt, string SavedBy, ToBeBasis Basis, MemberId? BasedOnMember, int? BasedOnVersion,
    string Sha256, long Size, int Elements, int Problems, int Findings);
