using Werkstatt.Domain.Network;

namespace Werkstatt.Service.Registers.Library;

/// <summary>
/// The seam between registers and the process library: what the network has modelled and who imported what.
/// Today <see cref="WerkstattProcessCatalog"/> stands in; the library feature replaces the registration.
/// </summary>
public interface ILibraryCatalog
{
    Task<LibraryCatalogView> ForNetworkAsync(NetworkId network, CancellationToken cancellationToken);
}
