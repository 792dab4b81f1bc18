using Werkstatt.Domain.Assignment;
using Werkstatt.Domain.Network;
using Werkstatt.Domain.Processes;
using Werkstatt.Domain.Staffing;
using WerkstattAggregate = Werkstatt.Domain.Cycle.Werkstatt;

namespace Werkstatt.Service.Staffing;

/// <summary>A member's offer for a Werkstatt with every process: how many slots are taken, its bid and claim, and what the confirmed plan gives it.</summary>
public sealed record OfferView(WerkstattAggregate Werkstatt, Member Member, MemberOffer Offer, IReadOnlyList<OfferProcess> Processes, bool IsOpen, bool Confirmed);

/// <summary>One process as a member sees it in the assignment.</summary>
public sealed record OfferProcess(Process Process, int Claimed, Bid Bid, bool ClaimedByMember, bool AssignedToMember)
{
    public int FreeSlots => Math.Max(0, Process.ModellersNeeded - Claimed);
}
