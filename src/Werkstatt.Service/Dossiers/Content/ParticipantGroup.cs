namespace Werkstatt.Service.Dossiers.Content;

/// <summary>The registered participants of one member.</summary>
public sealed record ParticipantGroup(string MemberName, IReadOnlyList<DossierParticipant> People);
