using Werkstatt.Domain.Network;
using Werkstatt.Domain.Staffing;
using WerkstattAggregate = Werkstatt.Domain.Cycle.Werkstatt;

namespace Werkstatt.Service.Staffing;

/// <summary>What an offer request reads once: the Werkstatt, the member, its offer (new when none is stored) and the other members' offers.</summary>
internal sealed record OfferContext(WerkstattAggregate Werkstatt, Member Member, MemberOffer Offer, IReadOnlyList<MemberOffer> Others);
