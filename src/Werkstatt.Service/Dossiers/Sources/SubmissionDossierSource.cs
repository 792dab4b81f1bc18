using Microsoft.EntityFrameworkCore;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Network;
using Werkstatt.Domain.Processes;
using Werkstatt.Domain.Review;
using Werkstatt.Service.Bpmn.Conventions;
using Werkstatt.Service.Bpmn.Import;
using Werkstatt.Service.Bpmn.Layout;
using Werkstatt.Service.Bpmn.Model;
using Werkstatt.Service.Dossiers.Content;
using Werkstatt.Service.Persistence;
using Werkstatt.Service.Submissions;
using DossierFinding = Werkstatt.Service.Dossiers.Content.ConventionFinding;

namespace Werkstatt.Service.Dossiers.Sources;

/// <summary>
/// Reads the submissions feature for the dossier: per process and member the latest profile, the drawing and the
/// convention findings of the latest uploaded IST model, the reviewer's comments and the comparison of two members.
/// Read-only; one query each for the submissions, the latest files, the members and the network's conventions.
/// </summary>
public sealed class SubmissionDossierSource(WerkstattDbContext db) : IDossierSubmissionSource
{
    public async Task<IReadOnlyDictionary<ProcessId, ProcessSubmissions>> GetAsync(WerkstattId werkstatt, CancellationToken cancellationToken)
    {
        var submissions = await db.Set<Submission>().AsNoTracking().Where(s => s.WerkstattId == werkstatt).ToListAsync(cancellationToken);
        if (submissions.Count == 0)
        {
            return new Dictionary<ProcessId, ProcessSubmissions>();
        }

        var networkId = await db.Werkstaetten.AsNoTracking().Where(w => w.Id == werkstatt).Select(w => w.NetworkId).FirstAsync(cancellationToken);
        var conventions = await db.Set<NetworkConventions>().AsNoTracking().FirstOrDefaultAsync(c => c.NetworkId == networkId, cancellationToken)
            ?? NetworkConventions.For(networkId);
        var settings = SubmissionFindings.SettingsOf(conventions);
        var networkMembers = await db.Members.AsNoTracking().Where(m => m.NetworkId == networkId).ToDictionaryAsync(m => m.Id, cancellationToken);
        var files = await LatestFilesAsync(submissions, cancellationToken);

        var result = new Dictionary<ProcessId, ProcessSubmissions>();
        foreach (var process in submissions.GroupBy(s => s.ProcessId))
        {
            var members = new Dictionary<MemberId, MemberSubmission>();
            var models = new Dictionary<MemberId, BpmnModel>();
            foreach (var submission in process)
            {
                var model = files.TryGetValue(submission.Id, out var bytes) ? Parse(bytes) : null;
                if (model is not null)
                {
                    models[submission.MemberId] = model;
                }

                members[submission.MemberId] = new MemberSubmission(
                    DossierProfiles.From(submission.Profile),
                    model is { Diagrams.Count: > 0 } ? BpmnDrawingBuilder.Build(model, model.Diagrams[0]) : null,
                    model is null ? [] : Findings(model, settings));
            }

            var remarks = process
                .SelectMany(s => s.Comments.Select(c => (Submission: s, Comment: c)))
                .OrderBy(x => x.Comment.At).ThenBy(x => x.Comment.Step)
                .Select(x => new ReviewRemark(x.Comment.By, networkMembers.GetValueOrDefault(x.Submission.MemberId)?.Name, x.Comment.Text))
                .ToList();
            var sides = process
                .Select(s => (Submission: s, Member: networkMembers.GetValueOrDefault(s.MemberId)))
                .OrderBy(x => x.Member?.Level).ThenBy(x => x.Member?.Name, StringComparer.CurrentCulture)
                .Select(x => (x.Submission.Profile, models.GetValueOrDefault(x.Submission.MemberId)))
                .ToList();
            result[process.Key] = new ProcessSubmissions(members, remarks, DossierProfiles.Comparison(sides));
        }

        return result;
    }

    private async Task<Dictionary<SubmissionId, byte[]>> LatestFilesAsync(List<Submission> submissions, CancellationToken cancellationToken)
    {
        var wanted = submissions
            .Select(s => (s.Id, Number: s.Latest(ModelKind.AsIs)?.Number))
            .Where(x => x.Number is not null)
            .ToDictionary(x => x.Id, x => x.Number!.Value);
        if (wanted.Count == 0)
        {
            return [];
        }

        var ids = wanted.Keys.ToList();
        var numbers = wanted.Values.Distinct().ToList();
        var found = await db.Set<SubmissionFile>().AsNoTracking()
            .Where(f => ids.Contains(f.SubmissionId) && numbers.Contains(f.Number))
            .ToListAsync(cancellationToken);
        var result = found.Where(f => wanted[f.SubmissionId] == f.Number).ToDictionary(f => f.SubmissionId, f => f.Content);
        return result;
    }

    private static BpmnModel? Parse(byte[] content)
    {
        var import = BpmnImporter.Import(content);
        return import.Succeeded ? import.Model : null;
    }

    private static List<DossierFinding> Findings(BpmnModel model, ConventionSettings settings) =>
        ConventionChecker.Check(model, settings)
            .Select(f => new DossierFinding(f.Message, f.Severity switch
            {
                ConventionSeverity.Error => FindingSeverity.Error,
                ConventionSeverity.Warning => FindingSeverity.Warning,
                _ => FindingSeverity.Hint,
            }))
            .OrderByDescending(f => f.Severity)
            .ToList();
}
