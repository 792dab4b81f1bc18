namespace Werkstatt.Domain.Review;

/// <summary>
/// One uploaded BPMN file; never overwritten. <see cref="Elements"/>, <see cref="HasDiagram"/> and <see cref="Problems"/>
/// summarise what the import found; the bytes are stored next to it (by submission and number).
/// </summary>
public sealed record ModelVersion(
    int Number, ModelKind Kind, string FileName, long Size, string Sha256, DateTimeOffset UploadedAt, string UploadedBy,
    int Elements, bool HasDiagram, int Problems);
