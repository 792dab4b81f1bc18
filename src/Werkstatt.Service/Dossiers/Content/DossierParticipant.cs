namespace Werkstatt.Service.Dossiers.Content;

/// <summary>A person taking part, with their function (e.g. "Prozessmanagerin").</summary>
public sealed record DossierParticipant(string Name, string? Function);
