using Werkstatt.Domain.Review;

namespace Werkstatt.Domain.Library;

/// <summary>One BPMN file of a version: whose, as-is or to-be, and the stored file (by its SHA-256 within the network).</summary>
public sealed record LibraryModel(Guid? MemberId, string MemberName, ModelKind Kind, string FileName, string Sha256, long Size, int ElementCount);
