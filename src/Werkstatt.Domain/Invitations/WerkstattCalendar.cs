using Werkstatt.Domain.Common;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Network;

namespace Werkstatt.Domain.Invitations;

/// <summary>
/// What a Werkstatt's participants were sent: one calendar event per workshop day (own UID, own SEQUENCE) and the
/// attendees invited. <see cref="Synchronise"/> compares it with the current facts and returns every message the
/// attendees' calendars should have received; messages already sent are recognised by their key and skipped.
/// </summary>
public sealed class WerkstattCalendar : AggregateRoot
{
    public const int ErrorMaxLength = 2000;

    private readonly List<CalendarDay> _days = [];
    private readonly List<InvitedAttendee> _attendees = [];

    private WerkstattCalendar()
    {
    }

    public WerkstattId WerkstattId { get; private set; }

    public NetworkId NetworkId { get; private set; }

    public CalendarDelivery Delivery { get; private set; }

    /// <summary>With Graph: create the events as Teams meetings.</summary>
    public bool TeamsMeeting { get; private set; }

    /// <summary>When the coordinator first sent the invitations; before that, changes send nothing.</summary>
    public DateTimeOffset? SentAt { get; private set; }

    /// <summary>The last Graph failure, for the coordinator; null when Graph is in step.</summary>
    public string? GraphError { get; private set; }

    /// <summary>When the Graph events should next be brought in line (null: nothing to do, or given up after the last attempt).</summary>
    public DateTimeOffset? GraphDueAt { get; private set; }

    /// <summary>Failed attempts since the last success or request.</summary>
    public int GraphAttempts { get; private set; }

    public IReadOnlyList<CalendarDay> Days => _days;

    public IReadOnlyList<InvitedAttendee> Attendees => _attendees;

    public bool IsSent => SentAt is not null;

    public static WerkstattCalendar For(WerkstattId werkstattId, NetworkId networkId) =>
        new() { WerkstattId = werkstattId, NetworkId = networkId, Delivery = CalendarDelivery.Email };

    /// <summary>Stable per (Werkstatt, day): the same event in every message, feed and Graph.</summary>
    public static string Uid(WerkstattId werkstattId, int day, string domain) => $"werkstatt-{werkstattId.Value:N}-tag{day}@{domain}";

    /// <summary>The current facts of every workshop day of a Werkstatt (cancelled when it is); <paramref name="agendaTimes"/> gives a day's timetable.</summary>
    public static IReadOnlyList<DaySnapshot> DaysOf(Cycle.Werkstatt werkstatt, string location, string? link, Func<int, string>? agendaTimes = null)
    {
        ArgumentNullException.ThrowIfNull(werkstatt);
        var cancelled = werkstatt.Phase == Phase.Cancelled;
        var schedule = werkstatt.Schedule;
        var days = new List<DaySnapshot> { new(schedule.Day1Start, schedule.Day1End, location, link, cancelled, agendaTimes?.Invoke(1) ?? string.Empty) };
        if (schedule.Day2Start is { } start && schedule.Day2End is { } end)
        {
            days.Add(new DaySnapshot(start, end, location, link, cancelled, agendaTimes?.Invoke(2) ?? string.Empty));
        }

        return days;
    }

    /// <summary>The delivery way can change only before anything was sent: switching later would duplicate every event.</summary>
    public void ChooseDelivery(CalendarDelivery delivery, bool teamsMeeting)
    {
        if (!Enum.IsDefined(delivery))
        {
            throw new DomainRuleViolation("CalendarDeliveryMustBeKnown", "Bitte „E-Mail (iCalendar)“ oder „Microsoft 365“ wählen.", nameof(Delivery));
        }

        if (IsSent && (delivery != Delivery || teamsMeeting != TeamsMeeting))
        {
            throw new DomainRuleViolation(
                "DeliveryCannotChangeAfterTheInvitationsWentOut",
                "Die Einladungen sind schon verschickt; der Versandweg kann nicht mehr gewechselt werden (sonst hätten die Teilnehmenden jeden Termin doppelt).",
                nameof(Delivery));
        }

        Delivery = delivery;
        TeamsMeeting = delivery == CalendarDelivery.Graph && teamsMeeting;
    }

    /// <summary>The coordinator sends the invitations (again): from now on changes go out by themselves.</summary>
    public IReadOnlyList<InvitationMessage> Send(IReadOnlyList<DaySnapshot> days, IReadOnlyList<AttendeeFact> attendees, DateTimeOffset now)
    {
        SentAt ??= now;
        return Synchronise(days, attendees, now);
    }

    /// <summary>
    /// Takes the current days and attendees: a changed day raises its sequence, a vanished day is cancelled, new
    /// attendees are added and missing ones removed. Returns the full set of messages the current state implies.
    /// Before the first sending it changes nothing and returns nothing.
    /// </summary>
    public IReadOnlyList<InvitationMessage> Synchronise(IReadOnlyList<DaySnapshot> days, IReadOnlyList<AttendeeFact> attendees, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(days);
        ArgumentNullException.ThrowIfNull(attendees);
        if (!IsSent)
        {
            return [];
        }

        for (var i = 0; i < Math.Max(days.Count, _days.Count); i++)
        {
            var number = i + 1;
            var day = _days.FirstOrDefault(d => d.Number == number);
            if (i < days.Count)
            {
                if (day is null)
                {
                    _days.Add(CalendarDay.First(number, days[i]));
                }
                else
                {
                    day.Take(days[i]);
                }
            }
            else if (day is not null)
            {
                day.Take(day.Snapshot with { Cancelled = true });
            }
        }

        SyncAttendees(attendees, now);
        var messages = new List<InvitationMessage>();
        foreach (var day in _days.OrderBy(d => d.Number))
        {
            foreach (var attendee in _attendees.OrderBy(a => a.Email, StringComparer.Ordinal))
            {
                if (attendee.IsActive)
                {
                    messages.Add(Message(attendee, day, day.Cancelled ? InvitationMethod.Cancel : InvitationMethod.Request, removal: false));
                }
                else if (!day.Cancelled)
                {
                    // A day cancelled for everyone already told the removed attendee, before or after the removal.
                    messages.Add(Message(attendee, day, InvitationMethod.Cancel, removal: true));
                }
            }
        }

        return messages;
    }

    /// <summary>Asks for the Graph events to be brought in line (a change, a sending, or the coordinator's retry).</summary>
    public void RequestGraphSync(DateTimeOffset now)
    {
        if (Delivery != CalendarDelivery.Graph || !IsSent)
        {
            return;
        }

        GraphDueAt = now;
        GraphAttempts = 0;
    }

    /// <summary>Graph holds what the calendar says.</summary>
    public void GraphSucceeded()
    {
        GraphDueAt = null;
        GraphAttempts = 0;
        GraphError = null;
    }

    /// <summary>A failed attempt: tried again at <paramref name="next"/>, or (null) given up until the coordinator retries.</summary>
    public void GraphFailed(string error, DateTimeOffset? next)
    {
        ArgumentNullException.ThrowIfNull(error);
        GraphAttempts++;
        GraphDueAt = next;
        GraphError = error.Length <= ErrorMaxLength ? error : error[..ErrorMaxLength];
    }

    private void SyncAttendees(IReadOnlyList<AttendeeFact> attendees, DateTimeOffset now)
    {
        var current = attendees.DistinctBy(a => a.PersonId).ToDictionary(a => a.PersonId);
        foreach (var attendee in _attendees)
        {
            if (current.Remove(attendee.PersonId, out var fact))
            {
                if (!attendee.IsActive)
                {
                    attendee.Reinvite(fact.Email, fact.Name, now);
                }
            }
            else if (attendee.IsActive)
            {
                attendee.Remove(now);
            }
        }

        foreach (var fact in current.Values)
        {
            _attendees.Add(InvitedAttendee.Invite(fact.PersonId, fact.Email, fact.Name, now));
        }
    }

    private static InvitationMessage Message(InvitedAttendee attendee, CalendarDay day, InvitationMethod method, bool removal) =>
        new(attendee.PersonId, attendee.Email, attendee.Name, day.Number, day.Sequence, attendee.Generation, method, removal);
}
