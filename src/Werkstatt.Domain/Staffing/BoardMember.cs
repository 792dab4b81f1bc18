using Werkstatt.Domain.Network;

namespace Werkstatt.Domain.Staffing;

/// <summary>A member as the assignment board sees it: name, level, and its offer (null when it has not offered anything).</summary>
public sealed record BoardMember(MemberId Id, string Name, MemberLevel Level, MemberOffer? Offer)
{
    public int Capacity => Offer?.Capacity ?? 0;
}
