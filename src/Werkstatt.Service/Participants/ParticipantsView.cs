using Werkstatt.Domain.Invitations;
using Werkstatt.Service.Invitations;
using Werkstatt.Domain.Network;
using Werkstatt.Domain.Processes;
using WerkstattAggregate = Werkstatt.Domain.Cycle.Werkstatt;

namespace Werkstatt.Service.Participants;

/// <summary>
/// The participants of a Werkstatt as the actor may see and change them: <see cref="Candidates"/> are the people the
/// actor may register (coordinator: every person of a member; process manager: the people of the own member).
/// </summary>
public sealed record ParticipantsView(
    WerkstattAggregate Werkstatt,
    IReadOnlyList<ParticipantRow> Rows,
    IReadOnlyList<Person> Candidates,
    IReadOnlyList<Process> Processes,
    WerkstattCalendar? Calendar,
    DeliveryView Delivery,
    bool Coordinates,
    bool CanRegister)
{
    /// <summary>Seats of the room (in-person workshops with a limit); null: no limit.</summary>
    public int? Capacity { get; init; }

    /// <summary>The version of the workshop days (capacity form).</summary>
    public int WorkshopVersion { get; init; }

    public int Waiting => Rows.Count(r => r.WaitingPosition is not null);

    public int NotYetInvited => Calendar is null ? Rows.Count(r => r.WaitingPosition is null) : Rows.Count(r => r.WaitingPosition is null && !Calendar.Attendees.Any(a => a.IsActive && a.PersonId == r.Person.Id));
}
