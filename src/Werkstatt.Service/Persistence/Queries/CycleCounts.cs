namespace Werkstatt.Service.Persistence.Queries;

/// <summary>The three counts the phase guards need, read in one round trip (<see cref="HotQueries.CycleCounts"/>).</summary>
internal sealed record CycleCounts(bool Closed, int Processes, bool Confirmed);
