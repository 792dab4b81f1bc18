using Werkstatt.Domain.Cycle;

namespace Werkstatt.Service.Dossiers.Sources;

/// <summary>
/// Who is registered for a Werkstatt and for which processes. Implemented by
/// <see cref="ParticipantDossierSource"/> from the participants feature.
/// </summary>
public interface IDossierParticipantSource
{
    Task<IReadOnlyList<RegisteredParticipant>> GetAsync(WerkstattId werkstatt, CancellationToken cancellationToken);
}
