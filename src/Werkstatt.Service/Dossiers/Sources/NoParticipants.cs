using Werkstatt.Domain.Cycle;

namespace Werkstatt.Service.Dossiers.Sources;

/// <summary>The default until participants exist: nobody registered.</summary>
public sealed class NoParticipants : IDossierParticipantSource
{
    public Task<IReadOnlyList<RegisteredParticipant>> GetAsync(WerkstattId werkstatt, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<RegisteredParticipant>>([]);
}
