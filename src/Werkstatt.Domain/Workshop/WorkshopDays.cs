using Werkstatt.Domain.Common;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Network;
using Werkstatt.Domain.Workshop.Events;

namespace Werkstatt.Domain.Workshop;

/// <summary>
/// The workshop days of one Werkstatt: the agenda of each day and who attended. Only the coordinator changes it;
/// every change to a start or duration raises <see cref="AgendaTimesChanged"/>.
/// </summary>
public sealed class WorkshopDays : AggregateRoot
{
    public static readonly TimeOnly EarliestStart = new(7, 0);
    public static readonly TimeOnly LatestEnd = new(20, 0);

    public const int MaxCapacity = 1000;

    private readonly List<AgendaEntry> _entries = [];
    private readonly List<AttendanceMark> _attendance = [];

    private WorkshopDays()
    {
    }

    public WerkstattId WerkstattId { get; private set; }

    public IReadOnlyList<AgendaEntry> Entries => _entries;

    public IReadOnlyList<AttendanceMark> Attendance => _attendance;

    /// <summary>Seats in the room of an in-person workshop; null: no limit. Registrations beyond it wait.</summary>
    public int? Capacity { get; private set; }

    public static WorkshopDays For(WerkstattId werkstattId) => new() { WerkstattId = werkstattId };

    public IReadOnlyList<AgendaEntry> AgendaOf(int day) => _entries.Where(e => e.Day == day).OrderBy(e => e.Position).ToList();

    /// <summary>Replaces the agenda of a day after checking every slot; nothing changes when one is wrong.</summary>
    public void SetAgenda(int day, IReadOnlyList<AgendaItem> items, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(items);
        Check(items);
        var before = AgendaOf(day).Select(e => (e.StartMinutes, e.DurationMinutes)).ToList();
        _entries.RemoveAll(e => e.Day == day);
        _entries.AddRange(items.Select((item, i) => new AgendaEntry(day, i, item with { Title = Text.Optional(item.Title, AgendaEntry.TitleMaxLength, "Title", "Der Titel") })));
        var after = AgendaOf(day).Select(e => (e.StartMinutes, e.DurationMinutes)).ToList();
        if (!before.SequenceEqual(after))
        {
            Raise(new AgendaTimesChanged(WerkstattId, day, now));
        }
    }

    /// <summary>
    /// Swaps a slot with its neighbour ("nach oben"/"nach unten") and recomputes the start times from the day's first
    /// start, keeping every duration (and the gaps between the slots in place).
    /// </summary>
    public void Move(int day, int position, bool up, DateTimeOffset now)
    {
        var count = AgendaOf(day).Count;
        var other = up ? position - 1 : position + 1;
        if (position < 0 || position >= count || other < 0 || other >= count)
        {
            throw new DomainRuleViolation("AgendaMoveWithinTheDay", up ? "Der erste Punkt kann nicht weiter nach oben." : "Der letzte Punkt kann nicht weiter nach unten.", "Position");
        }

        MoveTo(day, position, other, now);
    }

    /// <summary>
    /// Moves a slot to another place of the same day (drag and drop); the slots in between shift by one. Starts are
    /// recomputed from the day's first start; durations and the gaps between places stay.
    /// </summary>
    public void MoveTo(int day, int from, int to, DateTimeOffset now)
    {
        var current = AgendaOf(day);
        var items = current.Select(e => e.ToItem()).ToList();
        if (from < 0 || from >= items.Count || to < 0 || to >= items.Count || from == to)
        {
            throw new DomainRuleViolation("AgendaMoveWithinTheDay", "Der Punkt kann nur an eine andere Stelle desselben Tages verschoben werden.", "Position");
        }

        var gaps = items.Select((item, i) => i == 0 ? 0 : ToMinutes(item.Start) - ToMinutes(items[i - 1].Start) - items[i - 1].DurationMinutes).ToList();
        var moved = items[from];
        items.RemoveAt(from);
        items.Insert(to, moved);
        var start = ToMinutes(current[0].Start);
        var reordered = new List<AgendaItem>();
        for (var i = 0; i < items.Count; i++)
        {
            start += gaps[i];
            reordered.Add(items[i] with { Start = FromMinutes(start) });
            start += items[i].DurationMinutes;
        }

        SetAgenda(day, reordered, now);
    }

    /// <summary>The day's timetable as text ("09:00+30 09:30+90"): what the calendar compares to decide on an update.</summary>
    public string TimesOf(int day) => string.Join(' ', AgendaOf(day).Select(e => $"{e.Start:HH\\:mm}+{e.DurationMinutes}"));

    /// <summary>
    /// Sets the room's capacity (in-person workshops only). It cannot fall below the registrations that already have a
    /// seat: they were invited, and nobody loses a seat they were promised.
    /// </summary>
    public void SetCapacity(int? capacity, bool inPerson, int seated, DateTimeOffset now)
    {
        if (capacity is not null && !inPerson)
        {
            throw new DomainRuleViolation("RoomCapacityOnlyForInPersonWorkshops", "Eine Raumgröße gibt es nur für Werkstätten vor Ort; online gibt es keine Platzgrenze.", "Capacity");
        }

        if (capacity is < 1 or > MaxCapacity)
        {
            throw new DomainRuleViolation("RoomCapacityIsBetweenOneAndMax", $"Die Raumgröße muss zwischen 1 und {MaxCapacity} Plätzen liegen.", "Capacity");
        }

        if (capacity is { } c && c < seated)
        {
            throw new DomainRuleViolation("RoomCapacityCannotFallBelowTheSeated", $"{seated} angemeldete Personen haben schon einen Platz; die Raumgröße kann nicht darunter sinken.", "Capacity");
        }

        if (capacity != Capacity)
        {
            Capacity = capacity;
            Raise(new RoomCapacityChanged(WerkstattId, capacity, now));
        }
    }

    /// <summary>Records one person's presence on a day; the person must act for a member.</summary>
    public void RecordAttendance(int day, PersonId person, MemberId member, bool present)
    {
        var mark = _attendance.FirstOrDefault(a => a.Day == day && a.PersonId == person);
        if (mark is null)
        {
            _attendance.Add(new AttendanceMark(day, person, member, present));
        }
        else
        {
            mark.Present = present;
        }
    }

    /// <summary>Per member: on how many workshop days at least one of its people was present.</summary>
    public IReadOnlyDictionary<MemberId, int> DaysAttendedByMember() =>
        _attendance.Where(a => a.Present).GroupBy(a => a.MemberId).ToDictionary(g => g.Key, g => g.Select(a => a.Day).Distinct().Count());

    private static void Check(IReadOnlyList<AgendaItem> items)
    {
        var earliest = ToMinutes(EarliestStart);
        var latest = ToMinutes(LatestEnd);
        var ordered = items.Select((item, i) => (Item: item, Number: i + 1)).OrderBy(x => x.Item.Start).ToList();
        foreach (var (item, number) in ordered)
        {
            if (item.DurationMinutes <= 0)
            {
                throw new DomainRuleViolation("AgendaDurationsArePositive", $"Punkt {number}: Die Dauer muss mindestens eine Minute betragen.", "Duration");
            }

            if (item.Kind == AgendaEntryKind.Process && item.ProcessId is null)
            {
                throw new DomainRuleViolation("AgendaProcessSlotsNameTheProcess", $"Punkt {number}: Bitte den Prozess auswählen.", "ProcessId");
            }

            var start = ToMinutes(item.Start);
            if (start < earliest || start + item.DurationMinutes > latest)
            {
                throw new DomainRuleViolation("AgendaWithinTheWorkshopHours", $"Punkt {number}: Der Ablauf muss zwischen 07:00 und 20:00 Uhr liegen.", "Start");
            }
        }

        for (var i = 1; i < ordered.Count; i++)
        {
            var previous = ordered[i - 1];
            if (ToMinutes(previous.Item.Start) + previous.Item.DurationMinutes > ToMinutes(ordered[i].Item.Start))
            {
                throw new DomainRuleViolation(
                    "AgendaSlotsDoNotOverlap",
                    $"Punkt {ordered[i].Number} ({ordered[i].Item.Start:HH\\:mm} Uhr) überschneidet sich mit Punkt {previous.Number} ({previous.Item.Start:HH\\:mm}–{previous.Item.Start.AddMinutes(previous.Item.DurationMinutes):HH\\:mm} Uhr).",
                    "Start");
            }
        }
    }

    private static int ToMinutes(TimeOnly time) => (time.Hour * 60) + time.Minute;

    private static TimeOnly FromMinutes(int minutes) => new(minutes / 60, minutes % 60);
}
