using Werkstatt.Domain.Network;
using Werkstatt.Service.Common;

namespace Werkstatt.Service.Audit;

/// <summary>
/// Who acts in the current scope (request, job, command), for the audit trail. The web app sets it when it loads the
/// request's <see cref="Actor"/>; jobs and the command line stay "System".
/// </summary>
public sealed class AuditContext
{
    public string ActorId { get; private set; } = Actor.System.UserId;

    public string ActorName { get; private set; } = Actor.System.Name;

    public MemberId? ActorMember { get; private set; }

    public NetworkId? ActorNetwork { get; private set; }

    public void Use(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ActorId = actor.UserId;
        ActorName = actor.Name;
        ActorMember = actor.MemberId;
        ActorNetwork = actor.NetworkId;
    }
}
