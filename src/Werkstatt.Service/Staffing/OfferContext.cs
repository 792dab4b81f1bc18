using Werkstatt.Domain.Network;
using Werkstatt.Domain.Staffing;
using Werkstatt.Service.Persistence.Queries;
using WerkstattAggregate = Werkstatt.Domain.Cycle.Werkstatt;

namespace Werkstatt.Service.Staffing;

/// <summary>
/// What an offer request reads once: the Werkstatt, the member, its offer (new when none is stored), the slots the
/// other members have claimed and the assignment plan once it is confirmed (null before). Only the member's own
/// offer is materialised (and tracked for a change).
/// </summary>
internal sealed record OfferContext(WerkstattAggregate Werkstatt, Member Member, MemberOffer Offer, IReadOnlyList<ClaimedSlot> OthersClaims, StaffingPlan? ConfirmedPlan)
{
    /// <summary>Whether the assignment is confirmed: then no offer may change any more.</summary>
    public bool Confirmed => ConfirmedPlan is not null;
}
