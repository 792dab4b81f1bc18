namespace Werkstatt.Service.Dossiers.Storage;

/// <summary>A modelling member in a <see cref="ProcessSummary"/>: hashes of profile and model, number of findings.</summary>
public sealed record MemberSummary(string Name, string? Profile, string? Model, int Findings);
