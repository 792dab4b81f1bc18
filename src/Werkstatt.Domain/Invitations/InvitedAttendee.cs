using Werkstatt.Domain.Network;

namespace Werkstatt.Domain.Invitations;

/// <summary>Someone who got (or is getting) the invitation; removed ones keep their row and got a CANCEL.</summary>
public sealed class InvitedAttendee
{
    private InvitedAttendee()
    {
        Email = string.Empty;
        Name = string.Empty;
    }

    public int Id { get; private set; }

    public PersonId PersonId { get; private set; }

    public string Email { get; private set; }

    public string Name { get; private set; }

    public DateTimeOffset InvitedAt { get; private set; }

    public DateTimeOffset? RemovedAt { get; private set; }

    /// <summary>Counts re-invitations after a removal, so a second invitation is a new message, not a repeat.</summary>
    public int Generation { get; private set; }

    public bool IsActive => RemovedAt is null;

    internal static InvitedAttendee Invite(PersonId person, string email, string name, DateTimeOffset now) =>
        new() { PersonId = person, Email = email, Name = name, InvitedAt = now };

    internal void Remove(DateTimeOffset now) => RemovedAt = now;

    internal void Reinvite(string email, string name, DateTimeOffset now)
    {
        Email = email;
        Name = name;
        InvitedAt = now;
        RemovedAt = null;
        Generation++;
    }
}
