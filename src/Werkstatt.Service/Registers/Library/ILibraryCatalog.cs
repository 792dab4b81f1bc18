using Werkstatt.Domain.Network;

namespace Werkstatt.Service.Registers.Library;

/// <summary>
/// The seam between registers and the process library: what the network has modelled and who imported what.
/// Registered: <see cref="LibraryEntryCatalog"/> (the library entries).
/// </summary>
public interface ILibraryCatalog
{
    Task<LibraryCatalogView> ForNetworkAsync(NetworkId network, CancellationToken cancellationToken);
}
