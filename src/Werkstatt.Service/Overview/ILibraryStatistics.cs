using Werkstatt.Domain.Network;

namespace Werkstatt.Service.Overview;

/// <summary>
/// How the network's process library grew, workshop by workshop, oldest first. Registered: <see cref="LibraryEntryStatistics"/>
/// (the library entries).
/// </summary>
public interface ILibraryStatistics
{
    Task<IReadOnlyList<LibraryGrowthPoint>> GrowthAsync(NetworkId network, DateTimeOffset now, CancellationToken cancellationToken);
}
