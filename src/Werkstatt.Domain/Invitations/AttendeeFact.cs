using Werkstatt.Domain.Network;

namespace Werkstatt.Domain.Invitations;

/// <summary>A current participant as the calendar needs it.</summary>
public sealed record AttendeeFact(PersonId PersonId, string Email, string Name);
