using Werkstatt.Domain.Network;
using Werkstatt.Service.Common;

namespace Werkstatt.Service.Voting;

/// <summary>Who may act for a member in voting and assignment.</summary>
public static class ActorChecks
{
    /// <summary>A process manager of exactly this member (coordinators and admins are not): the member's own voice, e.g. its ballot.</summary>
    public static bool IsProcessManagerOf(this Actor actor, NetworkId network, MemberId member)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.Is(Role.ProcessManager) && actor.NetworkId == network && actor.MemberId == member;
    }
}
