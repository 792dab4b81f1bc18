using Microsoft.EntityFrameworkCore;
using Werkstatt.Domain.Common;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Invitations;
using Werkstatt.Domain.Network;
using Werkstatt.Domain.Processes;
using Werkstatt.Domain.Staffing;
using Werkstatt.Domain.Voting;
using Werkstatt.Service.Common;
using Werkstatt.Service.Dossiers.Content;
using Werkstatt.Service.Dossiers.Sources;
using Werkstatt.Service.Persistence;
using Werkstatt.Service.Workshop;

namespace Werkstatt.Service.Dossiers;

/// <summary>
/// Builds <see cref="DossierContent"/> for a Werkstatt from the store: network, title, schedule, venue, the processes
/// with their topics and the members of the confirmed assignment; profiles, models and participants from the sources.
/// A personal dossier keeps only the processes the given person registered for.
/// </summary>
public sealed class DossierAssembler(
    WerkstattDbContext db, IDossierSubmissionSource submissions, IDossierParticipantSource participants, AgendaReader agendaReader, TimeProvider time)
{
    public async Task<Result<DossierContent>> AssembleAsync(Actor actor, WerkstattId id, PersonId? personalFor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var werkstatt = await db.Werkstaetten.AsNoTracking().FirstOrDefaultAsync(w => w.Id == id, cancellationToken);
        if (werkstatt is null)
        {
            return Error.NotFound("Die Werkstatt");
        }

        if (!actor.BelongsTo(werkstatt.NetworkId))
        {
            return Error.Forbidden();
        }

        var network = await db.Networks.AsNoTracking().FirstAsync(n => n.Id == werkstatt.NetworkId, cancellationToken);
        var members = await db.Members.AsNoTracking().Where(m => m.NetworkId == werkstatt.NetworkId).ToDictionaryAsync(m => m.Id, cancellationToken);
        var processes = (await db.Set<Process>().AsNoTracking().Where(p => p.WerkstattId == id).ToListAsync(cancellationToken))
            .OrderBy(p => p.CreatedAt).ThenBy(p => p.Id.Value).ToList();
        var topicIds = processes.Select(p => p.TopicId).Distinct().ToList();
        var topics = await db.Set<Topic>().AsNoTracking().Where(t => topicIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Title, cancellationToken);
        var plan = await db.Set<StaffingPlan>().AsNoTracking().FirstOrDefaultAsync(p => p.WerkstattId == id, cancellationToken);
        var cells = plan is { IsConfirmed: true } ? plan.Cells : [];
        var submitted = await submissions.GetAsync(id, cancellationToken);
        var registered = await participants.GetAsync(id, cancellationToken);

        string? edition = null;
        if (personalFor is { } person)
        {
            var own = registered.FirstOrDefault(r => r.PersonId == person);
            var wanted = own?.Processes.ToHashSet() ?? [];
            processes = processes.Where(p => wanted.Contains(p.Id)).ToList();
            var name = own?.Name ?? await db.People.AsNoTracking().Where(p => p.Id == person && p.NetworkId == werkstatt.NetworkId).Select(p => p.Name).FirstOrDefaultAsync(cancellationToken);
            if (name is null)
            {
                return Error.NotFound("Die Person");
            }

            edition = $"Persönliche Ausgabe für {name}";
        }

        var chapters = processes.Select(p => Chapter(p, topics, members, cells, submitted.GetValueOrDefault(p.Id))).ToList();
        chapters = await DossierToBeModels.AddToAsync(db, id, werkstatt.Phase, chapters, cancellationToken);
        chapters = await DossierWorkshopResults.AddToAsync(db, id, werkstatt.Phase, chapters, cancellationToken);
        var groups = registered
            .GroupBy(r => r.MemberId is { } m && members.TryGetValue(m, out var member) ? member.Name : "Ohne Verwaltung")
            .OrderBy(g => g.Key, StringComparer.CurrentCulture)
            .Select(g => new ParticipantGroup(g.Key, g.OrderBy(r => r.Name, StringComparer.CurrentCulture).Select(r => new DossierParticipant(r.Name, r.Function)).ToList()))
            .ToList();
        var schedule = werkstatt.Schedule;
        var days = new List<WorkshopDay> { new(schedule.Day1Start, schedule.Day1End) };
        if (schedule.Day2Start is { } start2 && schedule.Day2End is { } end2)
        {
            days.Add(new WorkshopDay(start2, end2));
        }

        var joinUrl = await db.Set<WerkstattCalendar>().AsNoTracking().Where(c => c.WerkstattId == id)
            .SelectMany(c => c.Days).OrderBy(d => d.Number).Where(d => d.JoinUrl != null).Select(d => d.JoinUrl).FirstOrDefaultAsync(cancellationToken);
        var venue = new DossierVenue(werkstatt.Venue.Format == WorkshopFormat.Online, werkstatt.Venue.MeetingUrl, werkstatt.Venue.Address) { TeamsJoinUrl = joinUrl };
        var timetable = await agendaReader.ReadAsync(id, cancellationToken);
        var agenda = timetable.Lines.Count == 0
            ? days.Select((d, i) => new AgendaSlot(d.Start, d.End, days.Count == 1 ? "Werkstatt" : $"Werkstatt, Tag {i + 1}", venue.Describe())).ToList()
            : timetable.Lines.Where(l => l.Day <= days.Count).Select(l => Slot(l, BerlinTime.DateOf(days[l.Day - 1].Start))).ToList();
        return new DossierContent(network.Name, werkstatt.Title, days, venue, agenda, groups, chapters, time.GetUtcNow()) { EditionNote = edition, HasTimetable = timetable.Lines.Count > 0 };
    }

    private static AgendaSlot Slot(AgendaLine line, DateOnly date) =>
        new(BerlinTime.ToUtc(date, line.Start), BerlinTime.ToUtc(date, line.End), line.Label, line.Presenters.Count == 0 ? null : $"Stellen vor: {string.Join(", ", line.Presenters)}");

    private static DossierProcess Chapter(
        Process process, Dictionary<TopicId, string> topics, Dictionary<MemberId, Member> members, IReadOnlyList<PlanCell> cells, ProcessSubmissions? submitted)
    {
        var modelling = cells.Where(c => c.ProcessId == process.Id)
            .Select(c => members.GetValueOrDefault(c.MemberId))
            .OfType<Member>()
            .OrderBy(m => m.Level).ThenBy(m => m.Name, StringComparer.CurrentCulture)
            .Select(m =>
            {
                var s = submitted?.Members.GetValueOrDefault(m.Id);
                return new ModellingMember(m.Id.Value, m.Name, s?.Profile, s?.Drawing, s?.Findings ?? []);
            })
            .ToList();
        return new DossierProcess(
            process.Id.Value, process.Name, topics.GetValueOrDefault(process.TopicId) ?? "—", process.LeikaKey?.Value, modelling,
            submitted?.Remarks ?? [], submitted?.Comparison ?? []);
    }
}
