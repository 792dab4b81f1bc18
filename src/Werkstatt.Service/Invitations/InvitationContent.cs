using Werkstatt.Domain.Cycle;

namespace Werkstatt.Service.Invitations;

/// <summary>What the invitations say besides the dates: the network (organizer's name) and the agenda (process names).</summary>
public sealed record InvitationContent(Werkstatt.Domain.Cycle.Werkstatt Werkstatt, string NetworkName, IReadOnlyList<string> Agenda)
{
    /// <summary>LOCATION: the meeting link online, the address (one line) in person.</summary>
    public string Location => Werkstatt.Venue.Format == WorkshopFormat.Online
        ? Werkstatt.Venue.MeetingUrl ?? "Online"
        : (Werkstatt.Venue.Address ?? string.Empty).Replace("\n", ", ", StringComparison.Ordinal);

    public string? MeetingLink => Werkstatt.Venue.Format == WorkshopFormat.Online ? Werkstatt.Venue.MeetingUrl : null;
}
