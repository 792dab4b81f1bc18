using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Invitations;
using Werkstatt.Service.Workshop;

namespace Werkstatt.Service.Invitations;

/// <summary>
/// What the invitations say besides the dates: the network (organizer's name), the process names and, once the
/// coordination planned it, the timetable of each day.
/// </summary>
public sealed record InvitationContent(Werkstatt.Domain.Cycle.Werkstatt Werkstatt, string NetworkName, IReadOnlyList<string> Agenda, WorkshopAgenda? Timetable = null)
{
    /// <summary>The current facts of every day, with the timetable's times (their change is significant, titles are not).</summary>
    public IReadOnlyList<DaySnapshot> Days() => WerkstattCalendar.DaysOf(Werkstatt, Location, MeetingLink, Timetable is null ? null : Timetable.TimesOf);

    /// <summary>LOCATION: the meeting link online, the address (one line) in person.</summary>
    public string Location => Werkstatt.Venue.Format == WorkshopFormat.Online
        ? Werkstatt.Venue.MeetingUrl ?? "Online"
        : (Werkstatt.Venue.Address ?? string.Empty).Replace("\n", ", ", StringComparison.Ordinal);

    public string? MeetingLink => Werkstatt.Venue.Format == WorkshopFormat.Online ? Werkstatt.Venue.MeetingUrl : null;
}
