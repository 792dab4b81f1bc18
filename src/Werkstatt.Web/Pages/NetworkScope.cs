using Werkstatt.Domain.Network;
using Werkstatt.Service.Common;
using Werkstatt.Service.Networks;

namespace Werkstatt.Web.Pages;

/// <summary>The network a page works in: the actor's own; an admin without one works in the first network.</summary>
public static class NetworkScope
{
    public const string NoNetwork = "Ihr Zugang gehört zu keinem Netzwerk. Bitte wenden Sie sich an die Administration.";

    public static async Task<NetworkId?> ResolveAsync(Actor actor, NetworkService networks, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(networks);
        if (actor.NetworkId is { } own)
        {
            return own;
        }

        if (!actor.IsAdmin)
        {
            return null;
        }

        var all = await networks.ListAsync(actor, cancellationToken);
        return all.Count > 0 ? all[0].Id : null;
    }
}
