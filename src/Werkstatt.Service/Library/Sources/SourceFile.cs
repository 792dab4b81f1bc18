using Werkstatt.Domain.Review;

namespace Werkstatt.Service.Library.Sources;

/// <summary>A final BPMN file (as-is or to-be).</summary>
public sealed record SourceFile(ModelKind Kind, string FileName, byte[] Content);
