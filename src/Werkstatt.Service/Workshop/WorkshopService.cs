using Microsoft.EntityFrameworkCore;
using Werkstatt.Domain.Common;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Network;
using Werkstatt.Domain.Participants;
using Werkstatt.Domain.Processes;
using Werkstatt.Domain.Workshop;
using Werkstatt.Service.Common;
using Werkstatt.Service.Persistence;
using Werkstatt.Service.Voting;
using WerkstattAggregate = Werkstatt.Domain.Cycle.Werkstatt;
using WorkshopAggregate = Werkstatt.Domain.Workshop.WorkshopDays;

namespace Werkstatt.Service.Workshop;

/// <summary>Agenda and attendance of the workshop days: everyone in the network reads, only the coordination changes.</summary>
public sealed class WorkshopService(WerkstattDbContext db, WerkstattScope scope, AgendaReader agenda, TimeProvider time)
{
    public const string What = "Der Ablauf";
    private const string OnlyCoordination = "Nur die Koordination kann den Ablauf und die Anwesenheit der Werkstatttage pflegen.";

    public async Task<Result<WorkshopView>> GetAsync(Actor actor, WerkstattId werkstattId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var werkstatt = await scope.ReadableAsync(actor, werkstattId, cancellationToken);
        if (!werkstatt.IsSuccess)
        {
            return werkstatt.Error;
        }

        var timetable = await agenda.ReadAsync(werkstattId, cancellationToken);
        var processes = await db.Set<Process>().AsNoTracking().Where(p => p.WerkstattId == werkstattId).OrderBy(p => p.Name).ToListAsync(cancellationToken);
        return new WorkshopView(werkstatt.Value, timetable.Workshop, actor.Coordinates(werkstatt.Value.NetworkId)) { Agenda = timetable, Processes = processes };
    }

    public Task<Result<WorkshopAggregate>> SetAgendaAsync(Actor actor, WerkstattId werkstattId, int day, IReadOnlyList<AgendaItem> items, int? version, CancellationToken cancellationToken = default) =>
        ChangeAsync(actor, werkstattId, day, version, (w, now) => w.SetAgenda(day, items, now), cancellationToken);

    public Task<Result<WorkshopAggregate>> MoveAsync(Actor actor, WerkstattId werkstattId, int day, int position, bool up, int? version, CancellationToken cancellationToken = default) =>
        ChangeAsync(actor, werkstattId, day, version, (w, now) => w.Move(day, position, up, now), cancellationToken);

    /// <summary>Adds a slot (<paramref name="position"/> null) or replaces one; the day is then ordered by start time.</summary>
    public Task<Result<WorkshopAggregate>> SaveSlotAsync(Actor actor, WerkstattId werkstattId, int day, int? position, AgendaItem item, int? version, CancellationToken cancellationToken = default) =>
        ChangeAsync(actor, werkstattId, day, version, (w, now) =>
        {
            var items = w.AgendaOf(day).Select(e => e.ToItem()).ToList();
            if (position is { } p)
            {
                if (p < 0 || p >= items.Count)
                {
                    throw new DomainRuleViolation("AgendaSlotMustExist", "Diesen Punkt gibt es im Ablauf nicht (mehr). Bitte die Seite neu laden.", "Position");
                }

                items[p] = item;
            }
            else
            {
                items.Add(item);
            }

            w.SetAgenda(day, items.OrderBy(i => i.Start).ToList(), now);
        }, cancellationToken);

    /// <summary>Removes a slot; the others keep their times.</summary>
    public Task<Result<WorkshopAggregate>> RemoveSlotAsync(Actor actor, WerkstattId werkstattId, int day, int position, int? version, CancellationToken cancellationToken = default) =>
        ChangeAsync(actor, werkstattId, day, version, (w, now) =>
        {
            var items = w.AgendaOf(day).Select(e => e.ToItem()).ToList();
            if (position < 0 || position >= items.Count)
            {
                throw new DomainRuleViolation("AgendaSlotMustExist", "Diesen Punkt gibt es im Ablauf nicht (mehr). Bitte die Seite neu laden.", "Position");
            }

            items.RemoveAt(position);
            w.SetAgenda(day, items, now);
        }, cancellationToken);

    /// <summary>Drag and drop: moves a slot to another place of the day.</summary>
    public Task<Result<WorkshopAggregate>> MoveToAsync(Actor actor, WerkstattId werkstattId, int day, int from, int to, int? version, CancellationToken cancellationToken = default) =>
        ChangeAsync(actor, werkstattId, day, version, (w, now) => w.MoveTo(day, from, to, now), cancellationToken);

    /// <summary>The room's capacity (in-person only; null removes the limit). A raised capacity invites those who move up.</summary>
    public async Task<Result<WorkshopAggregate>> SetCapacityAsync(Actor actor, WerkstattId werkstattId, int? capacity, int? version, CancellationToken cancellationToken = default)
    {
        var registered = await db.Set<Participant>().CountAsync(p => p.WerkstattId == werkstattId, cancellationToken);
        return await ChangeScopedAsync(actor, werkstattId, 1, version, (s, now) =>
        {
            var seated = s.Workshop.Capacity is { } current ? Math.Min(current, registered) : registered;
            s.Workshop.SetCapacity(capacity, s.InPerson, seated, now);
        }, cancellationToken);
    }

    /// <summary>One click per person: present or not on a day. The person must act for a member of the network.</summary>
    public async Task<Result<WorkshopAggregate>> RecordAttendanceAsync(Actor actor, WerkstattId werkstattId, int day, PersonId personId, bool present, int? version, CancellationToken cancellationToken = default)
    {
        var person = await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.Id == personId, cancellationToken);
        return await ChangeScopedAsync(actor, werkstattId, day, version, (w, _) =>
        {
            if (person?.MemberId is not { } member || person.NetworkId != w.NetworkOf)
            {
                throw new DomainRuleViolation("AttendanceOfMemberPeople", "Anwesenheit wird nur für Personen der Verwaltungen im Netzwerk erfasst.", "PersonId");
            }

            w.Workshop.RecordAttendance(day, personId, member, present);
        }, cancellationToken);
    }

    /// <summary>Per member of the network: on how many workshop days at least one of its people was present.</summary>
    public async Task<Result<IReadOnlyList<MemberAttendance>>> StatisticsAsync(Actor actor, WerkstattId werkstattId, CancellationToken cancellationToken = default)
    {
        var view = await GetAsync(actor, werkstattId, cancellationToken);
        if (!view.IsSuccess)
        {
            return view.Error;
        }

        var days = view.Value.Workshop.DaysAttendedByMember();
        var members = await scope.MembersAsync(view.Value.Werkstatt.NetworkId, cancellationToken);
        return members.Select(m => new MemberAttendance(m.Id, m.Name, days.GetValueOrDefault(m.Id))).ToList();
    }

    private Task<Result<WorkshopAggregate>> ChangeAsync(Actor actor, WerkstattId werkstattId, int day, int? version, Action<WorkshopAggregate, DateTimeOffset> change, CancellationToken cancellationToken) =>
        ChangeScopedAsync(actor, werkstattId, day, version, (s, now) => change(s.Workshop, now), cancellationToken);

    private async Task<Result<WorkshopAggregate>> ChangeScopedAsync(Actor actor, WerkstattId werkstattId, int day, int? version, Action<Scoped, DateTimeOffset> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var werkstatt = await scope.ReadableAsync(actor, werkstattId, cancellationToken);
        if (!werkstatt.IsSuccess)
        {
            return werkstatt.Error;
        }

        if (!actor.Coordinates(werkstatt.Value.NetworkId))
        {
            return Error.Forbidden(OnlyCoordination);
        }

        if (day < 1 || day > werkstatt.Value.Schedule.DayCount)
        {
            return Error.Validation("Day", $"Diese Werkstatt hat {werkstatt.Value.Schedule.DayCount} Werkstatttag(e).");
        }

        var workshop = await LoadAsync(werkstattId, track: true, cancellationToken);
        if (version is { } expected && expected != workshop.Version)
        {
            db.ChangeTracker.Clear();
            return Error.Concurrency(What);
        }

        try
        {
            change(new Scoped(workshop, werkstatt.Value.NetworkId, werkstatt.Value.Venue.Format == WorkshopFormat.InPerson), time.GetUtcNow());
        }
        catch (DomainRuleViolation violation)
        {
            db.ChangeTracker.Clear();
            return violation.ToError();
        }

        var conflict = await db.SaveCreatedOrChangedAsync(workshop, version, What, cancellationToken);
        return conflict is null ? workshop : conflict;
    }

    private async Task<WorkshopAggregate> LoadAsync(WerkstattId werkstattId, bool track, CancellationToken cancellationToken)
    {
        var set = track ? db.Set<WorkshopAggregate>() : db.Set<WorkshopAggregate>().AsNoTracking();
        return await set.FirstOrDefaultAsync(w => w.WerkstattId == werkstattId, cancellationToken) ?? WorkshopAggregate.For(werkstattId);
    }

    private sealed record Scoped(WorkshopAggregate Workshop, NetworkId NetworkOf, bool InPerson);
}
