using Werkstatt.Domain.Network;

namespace Werkstatt.Service.Overview;

/// <summary>
/// How the network's process library grew, Werkstatt by Werkstatt, oldest first. Until the library exists the count comes
/// from the processes derived in past Werkstätten (<see cref="DerivedProcessLibraryStatistics"/>); the library replaces
/// the registration in <c>AddMyTasksAndProgress</c> with its own implementation counting published entries.
/// </summary>
public interface ILibraryStatistics
{
    Task<IReadOnlyList<LibraryGrowthPoint>> GrowthAsync(NetworkId network, DateTimeOffset now, CancellationToken cancellationToken);
}
