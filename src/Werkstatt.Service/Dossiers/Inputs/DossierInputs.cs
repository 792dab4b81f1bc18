using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Werkstatt.Domain.Invitations;
using Werkstatt.Domain.Participants;
using Werkstatt.Domain.Processes;
using Werkstatt.Domain.Review;
using Werkstatt.Domain.Staffing;
using Werkstatt.Domain.ToBe;
using Werkstatt.Domain.Voting;
using Werkstatt.Domain.Workshop;
using Werkstatt.Domain.WorkshopNotes;
using Werkstatt.Service.Submissions;

namespace Werkstatt.Service.Dossiers.Inputs;

/// <summary>
/// <b>Everything the dossier shows comes from one of these inputs.</b> Whoever makes <see cref="DossierAssembler"/> (or a
/// source it uses) read something new adds it here, or released dossiers will not follow changes of it;
/// <c>DossierFingerprintTests</c> changes each input once and expects a rebuild. Aggregate versions are used where the
/// aggregate is shown as a whole (they rise on every save, also of owned parts): a change that the dossier does not
/// show then costs one assembly whose content turns out equal, never a missed update.
/// </summary>
public static class DossierInputs
{
    public static IReadOnlyList<DossierInput> All { get; } =
    [
        // Title, schedule (days, cover), venue; the phase decides whether the dossier follows changes at all.
        new("werkstatt", async (db, s, ct) => (await db.Werkstaetten.AsNoTracking().Where(w => s.Werkstaetten.Contains(w.Id))
            .Select(w => new { w.Id, w.Version }).ToListAsync(ct)).Select(w => (w.Id.Value, V(w.Version)))),

        // Network name on the cover and in the metadata.
        new("network", async (db, s, ct) => s.ForNetworks((await db.Networks.AsNoTracking().Where(n => s.Networks.Contains(n.Id))
            .Select(n => new { n.Id, n.Version }).ToListAsync(ct)).Select(n => (n.Id, V(n.Version))))),

        // Member names and levels: modelling members, participant groups, the comparison's sides.
        new("members", async (db, s, ct) => s.ForNetworks((await db.Members.AsNoTracking().Where(m => s.Networks.Contains(m.NetworkId))
            .Select(m => new { m.NetworkId, m.Id, m.Version }).ToListAsync(ct)).Select(m => (m.NetworkId, $"{m.Id.Value:N}:{V(m.Version)}")))),

        // The network's convention settings decide the findings.
        new("conventions", async (db, s, ct) => s.ForNetworks((await db.Set<NetworkConventions>().AsNoTracking().Where(c => s.Networks.Contains(c.NetworkId))
            .Select(c => new { c.NetworkId, c.Version }).ToListAsync(ct)).Select(c => (c.NetworkId, V(c.Version))))),

        new("processes", async (db, s, ct) => (await db.Set<Process>().AsNoTracking().Where(p => s.Werkstaetten.Contains(p.WerkstattId))
            .Select(p => new { p.WerkstattId, p.Id, p.Version }).ToListAsync(ct)).Select(p => (p.WerkstattId.Value, $"{p.Id.Value:N}:{V(p.Version)}"))),

        new("topics", async (db, s, ct) => (await db.Set<Topic>().AsNoTracking().Where(t => s.Werkstaetten.Contains(t.WerkstattId))
            .Select(t => new { t.WerkstattId, t.Id, t.Version }).ToListAsync(ct)).Select(t => (t.WerkstattId.Value, $"{t.Id.Value:N}:{V(t.Version)}"))),

        // Modelling members (confirmed cells) and the agenda's presenters.
        new("staffing", async (db, s, ct) => (await db.Set<StaffingPlan>().AsNoTracking().Where(p => s.Werkstaetten.Contains(p.WerkstattId))
            .Select(p => new { p.WerkstattId, p.Version }).ToListAsync(ct)).Select(p => (p.WerkstattId.Value, V(p.Version)))),

        // Profiles (revisions), the reviewer's remarks, review state: the submission's version rises with each.
        new("submissions", async (db, s, ct) => (await db.Set<Submission>().AsNoTracking().Where(x => s.Werkstaetten.Contains(x.WerkstattId))
            .Select(x => new { x.WerkstattId, x.Id, x.Version }).ToListAsync(ct)).Select(x => (x.WerkstattId.Value, $"{x.Id.Value:N}:{V(x.Version)}"))),

        // The uploaded model files themselves (drawings, findings, comparison).
        new("models", async (db, s, ct) => (await db.Set<Submission>().AsNoTracking().Where(x => s.Werkstaetten.Contains(x.WerkstattId))
            .SelectMany(x => x.Versions, (x, v) => new { x.WerkstattId, x.Id, v.Number, v.Kind, v.Sha256 }).ToListAsync(ct))
            .Select(v => (v.WerkstattId.Value, $"{v.Id.Value:N}:{V(v.Number)}:{v.Kind}:{v.Sha256}"))),

        // Participants (function, processes, member) and their names.
        new("participants", async (db, s, ct) => (await db.Set<Participant>().AsNoTracking().Where(p => s.Werkstaetten.Contains(p.WerkstattId))
            .Join(db.People.AsNoTracking(), p => p.PersonId, person => person.Id, (p, person) => new { p.WerkstattId, p.PersonId, p.Version, Person = person.Version })
            .ToListAsync(ct)).Select(p => (p.WerkstattId.Value, $"{p.PersonId.Value:N}:{V(p.Version)}:{V(p.Person)}"))),

        // The agenda's slots (not the attendance marks kept in the same aggregate).
        new("agenda", async (db, s, ct) => (await db.Set<WorkshopDays>().AsNoTracking().Where(w => s.Werkstaetten.Contains(w.WerkstattId))
            .SelectMany(w => w.Entries, (w, e) => new { w.WerkstattId, e.Day, e.Position, e.Kind, e.ProcessId, e.Title, e.StartMinutes, e.DurationMinutes }).ToListAsync(ct))
            .Select(e => (e.WerkstattId.Value, $"{V(e.Day)}/{V(e.Position)}:{e.Kind}:{e.ProcessId?.Value:N}:{V(e.StartMinutes)}+{V(e.DurationMinutes)}:{e.Title}"))),

        // The Teams link of the first workshop day on the cover.
        new("calendar", async (db, s, ct) => (await db.Set<WerkstattCalendar>().AsNoTracking().Where(c => s.Werkstaetten.Contains(c.WerkstattId))
            .SelectMany(c => c.Days, (c, d) => new { c.WerkstattId, d.Number, d.JoinUrl }).ToListAsync(ct))
            .Select(d => (d.WerkstattId.Value, $"{V(d.Number)}:{d.JoinUrl}"))),

        // To-be models (SOLL) drawn in or before the workshop.
        new("tobe", async (db, s, ct) => (await db.Set<ToBeModel>().AsNoTracking().Where(m => s.Werkstaetten.Contains(m.WerkstattId))
            .Select(m => new { m.WerkstattId, m.ProcessId, m.Version }).ToListAsync(ct)).Select(m => (m.WerkstattId.Value, $"{m.ProcessId.Value:N}:{V(m.Version)}"))),

        // The workshop's notes and action items (shown from the follow-up on; good practice and owners name members).
        new("notes", async (db, s, ct) => (await db.Set<WorkshopNote>().AsNoTracking().Where(n => s.Werkstaetten.Contains(n.WerkstattId))
            .Select(n => new { n.WerkstattId, n.Id, n.Version }).ToListAsync(ct)).Select(n => (n.WerkstattId.Value, $"{n.Id.Value:N}:{V(n.Version)}"))),
        new("actionitems", async (db, s, ct) => (await db.Set<ActionItem>().AsNoTracking().Where(a => s.Werkstaetten.Contains(a.WerkstattId))
            .Select(a => new { a.WerkstattId, a.Id, a.Version }).ToListAsync(ct)).Select(a => (a.WerkstattId.Value, $"{a.Id.Value:N}:{V(a.Version)}"))),
    ];

    private static string V(int value) => value.ToString(CultureInfo.InvariantCulture);
}
