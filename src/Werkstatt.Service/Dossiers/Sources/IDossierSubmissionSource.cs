using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Processes;

namespace Werkstatt.Service.Dossiers.Sources;

/// <summary>
/// What the members submitted for the processes of a Werkstatt (profiles, models as drawings, findings, the reviewer's
/// remarks, the comparison). Implemented by
/// <see cref="SubmissionDossierSource"/>; a process without a submission shows "noch nicht eingereicht".
/// </summary>
public interface IDossierSubmissionSource
{
    Task<IReadOnlyDictionary<ProcessId, ProcessSubmissions>> GetAsync(WerkstattId werkstatt, CancellationToken cancellationToken);
}
