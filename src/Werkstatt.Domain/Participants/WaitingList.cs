namespace Werkstatt.Domain.Participants;

/// <summary>
/// Who has a seat and who waits, derived rather than stored: registrations in order (time, then id); the first
/// <c>capacity</c> have a seat, the others wait with their position. Removing a seated person therefore moves the
/// first waiting one up by itself. Without a capacity (online, or none set) everyone has a seat.
/// </summary>
public static class WaitingList
{
    public static IReadOnlyList<Participant> InOrder(IEnumerable<Participant> participants) =>
        participants.OrderBy(p => p.RegisteredAt).ThenBy(p => p.Id.Value).ToList();

    /// <summary>The participants with a seat (they get the invitations).</summary>
    public static IReadOnlyList<Participant> Seated(IEnumerable<Participant> participants, int? capacity)
    {
        var ordered = InOrder(participants);
        return capacity is { } c ? ordered.Take(c).ToList() : ordered;
    }

    /// <summary>Per waiting participant: its place on the waiting list (1 = next to move up).</summary>
    public static IReadOnlyDictionary<ParticipantId, int> Positions(IEnumerable<Participant> participants, int? capacity)
    {
        if (capacity is not { } c)
        {
            return new Dictionary<ParticipantId, int>();
        }

        return InOrder(participants).Skip(c).Select((p, i) => (p.Id, Position: i + 1)).ToDictionary(x => x.Id, x => x.Position);
    }
}
