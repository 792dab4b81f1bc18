using Werkstatt.Domain.Cycle;
using Werkstatt.Service.Library.Sources;

namespace Werkstatt.Service.Tests.Library;

/// <summary>
/// Finished Werkstätten as the submissions feature will deliver them (its tables arrive with its own migration; the
/// adapter <see cref="SubmissionLibrarySource"/> is the only code that reads them).
/// </summary>
internal sealed class FixedLibrarySource(params SourceWerkstatt[] werkstaetten) : ILibrarySource
{
    public Task<SourceWerkstatt?> ForWerkstattAsync(WerkstattId werkstatt, CancellationToken cancellationToken) =>
        Task.FromResult(werkstaetten.FirstOrDefault(w => w.Id == werkstatt));
}
