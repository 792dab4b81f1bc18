using Werkstatt.Domain.Cycle;

namespace Werkstatt.Service.Library.Sources;

/// <summary>What the packager needs from a finished Werkstatt; the one place that knows the submissions' and dossier's types.</summary>
public interface ILibrarySource
{
    /// <summary>The Werkstatt's processes with every modelling member's final files and profile; null when it does not exist.</summary>
    Task<SourceWerkstatt?> ForWerkstattAsync(WerkstattId werkstatt, CancellationToken cancellationToken);
}
