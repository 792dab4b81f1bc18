using Werkstatt.Domain.Network;
using Werkstatt.Domain.Review;
using Werkstatt.Service.Common;

namespace Werkstatt.Service.Submissions;

/// <summary>
/// Who may see and do what with submissions. Reviewers (and coordinators) see every submission of their network; a
/// member's people see their own; everyone else in the network sees a submission once it is approved, because an
/// unreviewed draft of another member is not yet meant for the network.
/// </summary>
public static class ReviewAccess
{
    /// <summary>Quality reviewers of the network, its coordinators and admins.</summary>
    public static bool Reviews(this Actor actor, NetworkId network)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.Coordinates(network) || (actor.Is(Role.QualityReviewer) && actor.NetworkId == network);
    }

    /// <summary>Uploading and editing the profile: the member's process managers (and the coordinators).</summary>
    public static bool Edits(this Actor actor, NetworkId network, MemberId member)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.ManagesMember(network, member);
    }

    public static bool Sees(this Actor actor, NetworkId network, MemberId member, ReviewState? state)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.Reviews(network)
            || (actor.BelongsTo(network) && actor.MemberId == member)
            || (actor.BelongsTo(network) && state == ReviewState.Approved);
    }
}
