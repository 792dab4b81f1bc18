namespace Werkstatt.Domain.Review;

/// <summary>What the domain needs to know of an accepted upload (the service has parsed it already).</summary>
public sealed record UploadedFile(string FileName, long Size, string Sha256, int Elements, bool HasDiagram, int Problems);
