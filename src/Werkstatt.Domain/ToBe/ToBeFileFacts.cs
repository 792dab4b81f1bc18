namespace Werkstatt.Domain.ToBe;

/// <summary>What the domain needs to know of a checked to-be file (the service has parsed it and run the conventions).</summary>
public sealed record ToBeFileFacts(string Sha256, long Size, int Elements, int Problems, int Findings);
