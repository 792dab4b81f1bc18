using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Processes;

namespace Werkstatt.Service.Dossiers.Sources;

/// <summary>
/// What the members submitted for the processes of a Werkstatt (profiles, models as drawings, findings, the reviewer's
/// remarks, the comparison). The submissions feature replaces <see cref="NoSubmissions"/>; until then chapters show
/// "noch nicht eingereicht".
/// </summary>
public interface IDossierSubmissionSource
{
    Task<IReadOnlyDictionary<ProcessId, ProcessSubmissions>> GetAsync(WerkstattId werkstatt, CancellationToken cancellationToken);
}
