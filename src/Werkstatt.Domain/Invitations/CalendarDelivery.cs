namespace Werkstatt.Domain.Invitations;

/// <summary>How a Werkstatt's invitations reach the participants: never both for one workshop (duplicates). Stored as text.</summary>
public enum CalendarDelivery
{
    /// <summary>iCalendar by e-mail (iMIP, RFC 6047) through the outbox.</summary>
    Email,

    /// <summary>A Microsoft Graph event in the organizer's Outlook calendar; Exchange sends the invitations.</summary>
    Graph,
}
