using Werkstatt.Domain.Network;

namespace Werkstatt.Domain.Invitations;

/// <summary>
/// One message the attendees' calendars should have received for the current state: (person, day, sequence,
/// generation, method) identifies it, so the sender can skip the ones that already went out.
/// </summary>
public sealed record InvitationMessage(PersonId PersonId, string Email, string Name, int Day, int Sequence, int Generation, InvitationMethod Method, bool Removal)
{
    /// <summary>
    /// Part of the message's key: a removal is cancelled once per invitation generation, whatever the sequence is by
    /// then; everything else once per sequence and generation.
    /// </summary>
    public string Version => Removal ? $"removed.{Generation}" : $"{Sequence}.{Generation}";
}
