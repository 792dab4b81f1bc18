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
    public int NotYetInvited => Calendar is null ? Rows.Count : Rows.Count(r => !Calendar.Attendees.Any(a => a.IsActive && a.PersonId == r.Person.Id));
}
