using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Werkstatt.Domain.Common;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Library;
using Werkstatt.Domain.Network;
using Werkstatt.Domain.Processes;
using Werkstatt.Domain.Review;
using Werkstatt.Domain.Voting;
using Werkstatt.Service.Dossiers.Storage;
using Werkstatt.Service.Persistence;
using Werkstatt.Service.Submissions;

namespace Werkstatt.Service.Library.Sources;

/// <summary>
/// The adapter to the submissions and dossier features: per process, each member's latest as-is and to-be upload,
/// latest profile revision and review history in short; the Werkstatt's latest dossier number; the Werkstatt's own
/// to-be model per process (<see cref="WerkstattToBeSource"/>).
/// </summary>
public sealed class SubmissionLibrarySource(WerkstattDbContext db) : ILibrarySource
{
    public async Task<SourceWerkstatt?> ForWerkstattAsync(WerkstattId werkstatt, CancellationToken cancellationToken)
    {
        var w = await db.Werkstaetten.AsNoTracking().FirstOrDefaultAsync(x => x.Id == werkstatt, cancellationToken);
        if (w is null)
        {
            return null;
        }

        var processes = await db.Set<Process>().AsNoTracking().Where(p => p.WerkstattId == werkstatt).OrderBy(p => p.Name).ToListAsync(cancellationToken);
        var topics = await db.Set<Topic>().AsNoTracking().Where(t => t.WerkstattId == werkstatt).ToDictionaryAsync(t => t.Id, t => t.Title, cancellationToken);
        var submissions = await db.Set<Submission>().AsNoTracking().Where(s => s.WerkstattId == werkstatt).ToListAsync(cancellationToken);
        var members = await db.Set<Member>().AsNoTracking().Where(m => m.NetworkId == w.NetworkId).ToDictionaryAsync(m => m.Id, m => m.Name, cancellationToken);
        var ids = submissions.Select(s => s.Id).ToList();
        var files = await db.Set<SubmissionFile>().AsNoTracking().Where(f => ids.Contains(f.SubmissionId)).ToListAsync(cancellationToken);
        var dossier = await db.Set<Dossier>().AsNoTracking().Where(d => d.WerkstattId == werkstatt.Value)
            .OrderByDescending(d => d.Number).Select(d => (int?)d.Number).FirstOrDefaultAsync(cancellationToken);
        var notes = await WorkshopNotes.WorkshopNotesText.ForWerkstattAsync(db, werkstatt, cancellationToken);
        var results = await WorkshopNotes.WorkshopResults.ForWerkstattAsync(db, werkstatt, cancellationToken);

        var result = new List<SourceProcess>();
        foreach (var process in processes)
        {
            var sourceMembers = new List<SourceMember>();
            var qa = new List<string>();
            foreach (var submission in submissions.Where(s => s.ProcessId == process.Id && s.State != ReviewState.Excused).OrderBy(s => members.GetValueOrDefault(s.MemberId)))
            {
                var name = members.GetValueOrDefault(submission.MemberId) ?? "Verwaltung";
                var sourceFiles = new List<SourceFile>();
                foreach (var kind in new[] { ModelKind.AsIs, ModelKind.ToBe })
                {
                    if (submission.Latest(kind) is { } version && files.FirstOrDefault(f => f.SubmissionId == submission.Id && f.Number == version.Number) is { } file)
                    {
                        sourceFiles.Add(new SourceFile(kind, version.FileName, file.Content));
                    }
                }

                sourceMembers.Add(new SourceMember(submission.MemberId.Value, name, sourceFiles, ProfileFields(submission.Profile)));
                qa.Add(QaLine(name, submission));
            }

            result.Add(new SourceProcess(
                process.Id, process.Name, process.LeikaKey, topics.GetValueOrDefault(process.TopicId), string.Join(' ', process.Levels.Order()),
                notes.GetValueOrDefault(process.Id), qa.Count == 0 ? null : string.Join('\n', qa), sourceMembers)
            {
                Results = results.GetValueOrDefault(process.Id) ?? Domain.WorkshopNotes.RecordedResults.None,
            });
        }

        result = await WerkstattToBeSource.AddToAsync(db, werkstatt, result, cancellationToken);
        return new SourceWerkstatt(w.Id, w.NetworkId, w.Title, w.Schedule.FirstDay, dossier, result);
    }

    private static string QaLine(string member, Submission submission)
    {
        var rework = submission.History.Count(h => h.To == ReviewState.ReworkRequested);
        var last = submission.History.Count == 0 ? null : submission.History[^1];
        var when = last is null ? string.Empty : " am " + BerlinTime.DateOf(last.At).ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
        return $"{member}: {submission.State.GermanName()}{when}; {rework} Nachbesserung(en), {submission.Versions.Count(v => v.Kind == ModelKind.AsIs)} IST-Version(en)";
    }

    private static List<LibraryProfileField> ProfileFields(ProcessProfile? p)
    {
        var fields = new List<LibraryProfileField>();
        if (p is null)
        {
            return fields;
        }

        void Add(string label, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                fields.Add(new LibraryProfileField(label, value.Trim()));
            }
        }

        Add("Name", p.Name);
        Add("LeiKa-Schlüssel", p.LeikaKey);
        Add("Auslöser", p.Trigger);
        Add("Ergebnis", p.Result);
        Add("Rollen / Organisationseinheiten", p.Roles);
        Add("IT-Systeme", p.ItSystems);
        Add("Fallzahl pro Jahr", p.CaseVolumePerYear?.ToString("N0", CultureInfo.GetCultureInfo("de-DE")));
        Add("Bearbeitungszeit", p.ProcessingTime);
        Add("Medienbrüche", p.MediaBreaks);
        Add("Digitalisierungsgrad", p.Digitisation?.GermanName());
        Add("Rechtsgrundlage", p.LegalBasis);
        Add("Anmerkungen", p.Notes);
        return fields;
    }
}
