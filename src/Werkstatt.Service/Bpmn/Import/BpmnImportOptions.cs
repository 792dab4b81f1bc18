namespace Werkstatt.Service.Bpmn.Import;

/// <summary>Limits of the hardened import. The defaults fit every real model we know of by a wide margin.</summary>
public sealed record BpmnImportOptions
{
    public static BpmnImportOptions Default { get; } = new();

    /// <summary>Maximum file size in bytes (default 10 MB).</summary>
    public long MaxBytes { get; init; } = 10 * 1024 * 1024;

    /// <summary>Maximum number of XML elements.</summary>
    public int MaxElements { get; init; } = 200_000;

    /// <summary>Maximum nesting depth of XML elements.</summary>
    public int MaxDepth { get; init; } = 100;
}
