using Microsoft.EntityFrameworkCore;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Processes;
using Werkstatt.Domain.Review;
using Werkstatt.Domain.Staffing;
using Werkstatt.Service.Bpmn.Compare;
using Werkstatt.Service.Bpmn.Model;
using Werkstatt.Service.Common;
using Werkstatt.Service.Persistence;
using Werkstatt.Service.Voting;

namespace Werkstatt.Service.Submissions;

/// <summary>Compares the models and profiles the assigned members handed in for one process.</summary>
public sealed class ComparisonService(WerkstattDbContext db, WerkstattScope scope, SubmissionService submissions)
{
    public async Task<Result<ComparisonView>> CompareAsync(Actor actor, WerkstattId werkstattId, ProcessId processId, CancellationToken cancellationToken = default)
    {
        var werkstatt = await scope.ReadableAsync(actor, werkstattId, cancellationToken);
        if (!werkstatt.IsSuccess)
        {
            return werkstatt.Error;
        }

        var w = werkstatt.Value;
        var process = await db.Set<Process>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == processId && p.WerkstattId == werkstattId, cancellationToken);
        if (process is null)
        {
            return Error.NotFound("Der Prozess");
        }

        var plan = await db.Set<StaffingPlan>().AsNoTracking().FirstOrDefaultAsync(p => p.WerkstattId == werkstattId, cancellationToken);
        var found = await db.Set<Submission>().AsNoTracking().Where(s => s.WerkstattId == werkstattId && s.ProcessId == processId).ToListAsync(cancellationToken);
        var memberIds = (plan is { IsConfirmed: true } ? plan.Cells.Where(c => c.ProcessId == processId).Select(c => c.MemberId) : [])
            .Concat(found.Select(s => s.MemberId))
            .Distinct()
            .ToList();
        var members = (await scope.MembersAsync(w.NetworkId, cancellationToken)).Where(m => memberIds.Contains(m.Id)).ToList();
        var sides = new List<ComparedSide>();
        foreach (var member in members)
        {
            var submission = found.FirstOrDefault(s => s.MemberId == member.Id);
            var state = submission?.State ?? ReviewState.Draft;
            if (!actor.Sees(w.NetworkId, member.Id, submission?.State))
            {
                sides.Add(new ComparedSide(member, state, false, null, null));
                continue;
            }

            var latest = submission?.Latest(ModelKind.AsIs);
            var model = latest is null ? null : await submissions.ParseAsync(submission!, latest, cancellationToken);
            sides.Add(new ComparedSide(member, state, true, submission?.Profile, model));
        }

        return new ComparisonView(
            w, process, sides,
            Lines(sides, s => s.Model?.Model.Elements.Where(e => BpmnKinds.IsActivity(e.Kind) && !string.IsNullOrWhiteSpace(e.Name)).Select(e => e.Name) ?? []),
            Lines(sides, s => s.Roles),
            Lines(sides, s => s.ItSystems),
            Lines(sides, s => s.MediaBreaks));
    }

    /// <summary>Every distinct entry (compared without case and extra blanks) with the sides it occurs in; shared ones first.</summary>
    public static IReadOnlyList<ComparedLine> Lines(IReadOnlyList<ComparedSide> sides, Func<ComparedSide, IEnumerable<string>> entries)
    {
        ArgumentNullException.ThrowIfNull(sides);
        ArgumentNullException.ThrowIfNull(entries);
        var perSide = sides.Select(s => entries(s).Select(NameNormalizer.Normalize).ToHashSet(StringComparer.Ordinal)).ToList();
        return sides
            .SelectMany(entries)
            .Select(text => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))
            .DistinctBy(NameNormalizer.Normalize)
            .Select(text => new ComparedLine(text, perSide.Select(set => set.Contains(NameNormalizer.Normalize(text))).ToList()))
            .OrderByDescending(l => l.In.Count(x => x))
            .ThenBy(l => l.Text, StringComparer.CurrentCulture)
            .ToList();
    }
}
