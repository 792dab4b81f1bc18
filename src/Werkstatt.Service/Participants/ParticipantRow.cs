using Werkstatt.Domain.Network;
using Werkstatt.Domain.Participants;

namespace Werkstatt.Service.Participants;

/// <summary>One participant with person, member and invitation state, for the list.</summary>
public sealed record ParticipantRow(Participant Participant, Person Person, string MemberName, IReadOnlyList<string> ProcessNames, InvitationDelivery? Delivery, bool CanRemove)
{
    /// <summary>Place on the waiting list (beyond the room's capacity); null with a seat.</summary>
    public int? WaitingPosition { get; init; }
}
