namespace Werkstatt.Domain.Invitations;

/// <summary>The iTIP method of an invitation message (RFC 5546).</summary>
public enum InvitationMethod
{
    Request,
    Cancel,
}
