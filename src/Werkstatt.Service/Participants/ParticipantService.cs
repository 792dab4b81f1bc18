using Microsoft.EntityFrameworkCore;
using Werkstatt.Domain.Common;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Invitations;
using Werkstatt.Domain.Network;
using Werkstatt.Domain.Participants;
using Werkstatt.Domain.Processes;
using Werkstatt.Service.Common;
using Werkstatt.Service.Invitations;
using Werkstatt.Service.Microsoft365;
using Werkstatt.Service.Notifications;
using Werkstatt.Service.Persistence;
using Werkstatt.Service.Workshop;

namespace Werkstatt.Service.Participants;

/// <summary>
/// Who takes part in a workshop. Process managers register the people of their own member; the coordinator manages the
/// whole list. Once the invitations went out, a new participant is invited and a removed one gets a cancellation in
/// the same transaction (explicit call of <see cref="InvitationSync"/>).
/// </summary>
public sealed class ParticipantService(WerkstattDbContext db, InvitationSync sync, AgendaReader agenda, GraphClients graph, TimeProvider time)
{
    private const string What = "Die Anmeldung";

    public async Task<Result<ParticipantsView>> ListAsync(Actor actor, WerkstattId werkstattId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var werkstatt = await db.Werkstaetten.AsNoTracking().FirstOrDefaultAsync(w => w.Id == werkstattId, cancellationToken);
        if (werkstatt is null)
        {
            return Error.NotFound("Die Werkstatt");
        }

        if (!actor.BelongsTo(werkstatt.NetworkId))
        {
            return Error.Forbidden();
        }

        var participants = await db.Set<Participant>().AsNoTracking().Where(p => p.WerkstattId == werkstattId).ToListAsync(cancellationToken);
        var people = await db.People.AsNoTracking().Where(p => p.NetworkId == werkstatt.NetworkId && p.MemberId != null).ToListAsync(cancellationToken);
        var members = await db.Members.AsNoTracking().Where(m => m.NetworkId == werkstatt.NetworkId).ToDictionaryAsync(m => m.Id, m => m.Name, cancellationToken);
        var processes = await db.Set<Process>().AsNoTracking().Where(p => p.WerkstattId == werkstattId).ToListAsync(cancellationToken);
        var calendar = await db.Set<WerkstattCalendar>().AsNoTracking().FirstOrDefaultAsync(c => c.WerkstattId == werkstattId, cancellationToken);
        var deliveries = await DeliveriesAsync(werkstattId, cancellationToken);
        var byId = people.ToDictionary(p => p.Id);
        var processNames = processes.ToDictionary(p => p.Id, p => p.Name);
        var coordinates = actor.Coordinates(werkstatt.NetworkId);
        var open = !werkstatt.Phase.IsClosed();
        var capacity = await agenda.CapacityAsync(werkstattId, cancellationToken);
        var waiting = WaitingList.Positions(participants, capacity);
        var rows = participants
            .Where(p => byId.ContainsKey(p.PersonId))
            .Select(p => new ParticipantRow(
                p,
                byId[p.PersonId],
                members.GetValueOrDefault(p.MemberId, "–"),
                p.Processes.Select(id => processNames.GetValueOrDefault(id, "–")).ToList(),
                deliveries.GetValueOrDefault(p.PersonId.Value),
                open && actor.ManagesMember(werkstatt.NetworkId, p.MemberId)) { WaitingPosition = waiting.TryGetValue(p.Id, out var place) ? place : null })
            .OrderBy(r => r.WaitingPosition ?? 0)
            .ThenBy(r => r.MemberName, StringComparer.CurrentCulture)
            .ThenBy(r => r.Person.Name, StringComparer.CurrentCulture)
            .ToList();
        var registered = participants.Select(p => p.PersonId).ToHashSet();
        var candidates = people
            .Where(p => !registered.Contains(p.Id) && p.MemberId is { } m && actor.ManagesMember(werkstatt.NetworkId, m))
            .OrderBy(p => members.GetValueOrDefault(p.MemberId!.Value, string.Empty), StringComparer.CurrentCulture)
            .ThenBy(p => p.Name, StringComparer.CurrentCulture)
            .ToList();
        var canRegister = open && (coordinates || (actor.Is(Role.ProcessManager) && actor.MemberId is not null));
        var workshopVersion = await db.Set<Werkstatt.Domain.Workshop.WorkshopDays>().AsNoTracking().Where(w => w.WerkstattId == werkstattId).Select(w => (int?)w.Version).FirstOrDefaultAsync(cancellationToken) ?? 0;
        return new ParticipantsView(werkstatt, rows, candidates, processes.OrderBy(p => p.Name, StringComparer.CurrentCulture).ToList(), calendar, DeliveryView.From(calendar, graph.IsConfigured(werkstatt.NetworkId.Value)), coordinates, canRegister)
        {
            Capacity = capacity,
            WorkshopVersion = workshopVersion,
        };
    }

    public async Task<Result<Participant>> AddAsync(Actor actor, WerkstattId werkstattId, ParticipantInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(input);
        var werkstatt = await db.Werkstaetten.FirstOrDefaultAsync(w => w.Id == werkstattId, cancellationToken);
        if (werkstatt is null)
        {
            return Error.NotFound("Die Werkstatt");
        }

        if (!actor.BelongsTo(werkstatt.NetworkId))
        {
            return Error.Forbidden();
        }

        if (input.PersonId is not { } personGuid || personGuid == Guid.Empty)
        {
            return Error.Validation("PersonId", "Bitte eine Person auswählen.");
        }

        if (input.Role is not { } role)
        {
            return Error.Validation("Role", "Bitte „Prozessmanager:in“ oder „Fachexpert:in“ wählen.");
        }

        var person = await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.Id == new PersonId(personGuid), cancellationToken);
        if (person is null || person.NetworkId != werkstatt.NetworkId)
        {
            return Error.Validation("PersonId", "Diese Person gehört nicht zum Netzwerk.");
        }

        if (person.MemberId is not { } member)
        {
            return Error.Validation("PersonId", "Teilnehmen können Personen einer Verwaltung (Prozessmanager:innen und Fachexpert:innen).");
        }

        if (!actor.ManagesMember(werkstatt.NetworkId, member))
        {
            return Error.Forbidden("Sie können nur Personen Ihrer eigenen Verwaltung anmelden.");
        }

        var processIds = (input.ProcessIds ?? []).Where(g => g != Guid.Empty).Select(g => new ProcessId(g)).Distinct().ToList();
        if (processIds.Count > 0)
        {
            var known = await db.Set<Process>().AsNoTracking().Where(p => p.WerkstattId == werkstattId).Select(p => p.Id).ToListAsync(cancellationToken);
            if (processIds.Any(id => !known.Contains(id)))
            {
                return Error.Validation("ProcessIds", "Diese Prozesse gehören nicht zu dieser Werkstatt.");
            }
        }

        if (await db.Set<Participant>().AnyAsync(p => p.WerkstattId == werkstattId && p.PersonId == person.Id, cancellationToken))
        {
            return Error.Validation("PersonId", $"{person.Name} ist bereits angemeldet.");
        }

        try
        {
            var participant = Participant.Register(werkstattId, werkstatt.Phase, werkstatt.NetworkId, person.Id, member, role, input.Function, processIds, time.GetUtcNow(), actor.Name);
            db.Add(participant);
            await FollowAsync(werkstatt, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            return participant;
        }
        catch (DomainRuleViolation violation)
        {
            db.ChangeTracker.Clear();
            return violation.ToError();
        }
        catch (DbUpdateException ex) when (!DatabaseUnavailable.Is(ex))
        {
            // Two registrations of the same person at once meet at the unique index.
            db.ChangeTracker.Clear();
            return Error.Validation("PersonId", $"{person.Name} ist bereits angemeldet.");
        }
    }

    public async Task<Result<bool>> RemoveAsync(Actor actor, ParticipantId id, int? version, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var participant = await db.Set<Participant>().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (participant is null)
        {
            return Error.NotFound(What);
        }

        if (!actor.BelongsTo(participant.NetworkId))
        {
            return Error.Forbidden();
        }

        if (!actor.ManagesMember(participant.NetworkId, participant.MemberId))
        {
            return Error.Forbidden("Sie können nur Personen Ihrer eigenen Verwaltung abmelden.");
        }

        if (version is { } expected && expected != participant.Version)
        {
            return Error.Concurrency(What);
        }

        var werkstatt = await db.Werkstaetten.FirstAsync(w => w.Id == participant.WerkstattId, cancellationToken);
        try
        {
            Participant.EnsureRemovable(werkstatt.Phase);
        }
        catch (DomainRuleViolation violation)
        {
            return violation.ToError();
        }

        db.Remove(participant);
        await FollowAsync(werkstatt, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (!DatabaseUnavailable.Is(ex))
        {
            db.ChangeTracker.Clear();
            return Error.Concurrency(What);
        }

        return true;
    }

    private async Task FollowAsync(Werkstatt.Domain.Cycle.Werkstatt werkstatt, CancellationToken cancellationToken)
    {
        var calendar = await db.Set<WerkstattCalendar>().FirstOrDefaultAsync(c => c.WerkstattId == werkstatt.Id, cancellationToken);
        if (calendar is { IsSent: true })
        {
            await sync.SyncAsync(werkstatt, calendar, send: false, cancellationToken);
        }
    }

    private async Task<Dictionary<Guid, InvitationDelivery>> DeliveriesAsync(WerkstattId werkstattId, CancellationToken cancellationToken)
    {
        var id = werkstattId.Value;
        var rows = await db.Set<OutboxMessage>().AsNoTracking()
            .Where(m => m.WerkstattId == id && m.CalendarMethod != null && m.PersonId != null)
            .Select(m => new { m.PersonId, m.CalendarMethod, m.Status, m.CreatedAt, m.SentAt, m.LastError, m.Id })
            .ToListAsync(cancellationToken);
        return rows
            .GroupBy(r => r.PersonId!.Value)
            .ToDictionary(g => g.Key, g =>
            {
                var last = g.OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id).First();
                return new InvitationDelivery(last.CalendarMethod!, last.Status, last.CreatedAt, last.SentAt, last.LastError);
            });
    }
}
