using Werkstatt.Service.Persistence;

namespace Werkstatt.Service.Dossiers.Inputs;

/// <summary>
/// One kind of input the dossier shows, read for many Werkstätten at once by one query: lines (any text that changes
/// whenever what the dossier shows from it changes – versions, hashes) per Werkstatt.
/// </summary>
public sealed record DossierInput(string Name, Func<WerkstattDbContext, FingerprintScope, CancellationToken, Task<IEnumerable<(Guid Werkstatt, string Line)>>> Read);
