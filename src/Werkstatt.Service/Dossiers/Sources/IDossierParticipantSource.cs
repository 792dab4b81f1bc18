using Werkstatt.Domain.Cycle;

namespace Werkstatt.Service.Dossiers.Sources;

/// <summary>
/// Who is registered for a Werkstatt and for which processes. The participants/invitations feature replaces
/// <see cref="NoParticipants"/>; until then the participants section says the registrations are not in yet and a
/// personal dossier holds no process.
/// </summary>
public interface IDossierParticipantSource
{
    Task<IReadOnlyList<RegisteredParticipant>> GetAsync(WerkstattId werkstatt, CancellationToken cancellationToken);
}
