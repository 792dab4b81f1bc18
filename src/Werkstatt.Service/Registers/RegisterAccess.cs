using Werkstatt.Domain.Network;
using Werkstatt.Service.Common;

namespace Werkstatt.Service.Registers;

/// <summary>Who sees and changes a member's register.</summary>
public static class RegisterAccess
{
    /// <summary>The member's own people and the coordinator; everyone in the network once the member shares it.</summary>
    public static bool CanRead(Actor actor, NetworkId network, MemberId member, bool shared)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.Coordinates(network) || (actor.BelongsTo(network) && actor.MemberId == member) || (shared && actor.BelongsTo(network));
    }

    /// <summary>The member's process managers and the coordinator.</summary>
    public static bool CanChange(Actor actor, NetworkId network, MemberId member)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.ManagesMember(network, member);
    }
}
