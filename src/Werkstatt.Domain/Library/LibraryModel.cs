using Werkstatt.Domain.Review;

namespace Werkstatt.Domain.Library;

/// <summary>
/// One BPMN file of a version: whose, as-is or to-be, and the stored file (by its SHA-256 within the network).
/// <see cref="ToBeVersion"/> is set only for the to-be model drawn together in the Werkstatt (live modelling): the
/// number of its saved version; such a model belongs to no member (<see cref="MemberId"/> null).
/// </summary>
public sealed record LibraryModel(Guid? MemberId, string MemberName, ModelKind Kind, string FileName, string Sha256, long Size, int ElementCount, int? ToBeVersion = null)
{
    /// <summary>Name shown for the Werkstatt's own to-be model in place of a member.</summary>
    public const string WerkstattName = "Werkstatt";

    /// <summary>True for the to-be model the Werkstatt drew together (not a member's upload).</summary>
    public bool IsWerkstattToBe => ToBeVersion is not null;
}
