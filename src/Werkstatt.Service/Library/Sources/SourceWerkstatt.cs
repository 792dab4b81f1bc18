using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Network;

namespace Werkstatt.Service.Library.Sources;

/// <summary>A finished Werkstatt as the library packages it.</summary>
public sealed record SourceWerkstatt(WerkstattId Id, NetworkId NetworkId, string Title, DateOnly HeldOn, int? DossierNumber, IReadOnlyList<SourceProcess> Processes);
