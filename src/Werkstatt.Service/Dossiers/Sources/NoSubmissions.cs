using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Processes;

namespace Werkstatt.Service.Dossiers.Sources;

/// <summary>The default until the submissions feature exists: nothing submitted.</summary>
public sealed class NoSubmissions : IDossierSubmissionSource
{
    public Task<IReadOnlyDictionary<ProcessId, ProcessSubmissions>> GetAsync(WerkstattId werkstatt, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyDictionary<ProcessId, ProcessSubmissions>>(new Dictionary<ProcessId, ProcessSubmissions>());
}
