using Werkstatt.Domain.Cycle;

namespace Werkstatt.Service.Overview;

/// <summary>What one Werkstatt added to the network's process library, and the library's size after it.</summary>
public sealed record LibraryGrowthPoint(WerkstattId WerkstattId, string Title, DateOnly FirstDay, int Added, int Total);
