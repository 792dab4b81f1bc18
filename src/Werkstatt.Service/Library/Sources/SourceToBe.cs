namespace Werkstatt.Service.Library.Sources;

/// <summary>The Werkstatt's final to-be model of a process: the latest saved version of the live SOLL model.</summary>
public sealed record SourceToBe(int Version, string FileName, byte[] Content);
