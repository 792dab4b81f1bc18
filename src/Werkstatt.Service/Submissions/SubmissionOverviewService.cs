using Microsoft.EntityFrameworkCore;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Processes;
using Werkstatt.Domain.Review;
using Werkstatt.Domain.Staffing;
using Werkstatt.Service.Common;
using Werkstatt.Service.Persistence;
using Werkstatt.Service.Voting;

namespace Werkstatt.Service.Submissions;

/// <summary>The overview of all submissions of a Werkstatt (process × member) and the count the QA phase guard uses.</summary>
public sealed class SubmissionOverviewService(WerkstattDbContext db, WerkstattScope scope)
{
    public async Task<Result<SubmissionOverview>> GetAsync(Actor actor, WerkstattId werkstattId, CancellationToken cancellationToken = default)
    {
        var werkstatt = await scope.ReadableAsync(actor, werkstattId, cancellationToken);
        if (!werkstatt.IsSuccess)
        {
            return werkstatt.Error;
        }

        var w = werkstatt.Value;
        var plan = await db.Set<StaffingPlan>().AsNoTracking().FirstOrDefaultAsync(p => p.WerkstattId == werkstattId, cancellationToken);
        var processes = await db.Set<Process>().AsNoTracking().Where(p => p.WerkstattId == werkstattId).ToDictionaryAsync(p => p.Id, cancellationToken);
        var members = (await scope.MembersAsync(w.NetworkId, cancellationToken)).ToDictionary(m => m.Id);
        var submissions = await db.Set<Submission>().AsNoTracking().Where(s => s.WerkstattId == werkstattId).ToListAsync(cancellationToken);
        var cells = plan is { IsConfirmed: true } ? plan.Cells.Select(c => (c.ProcessId, c.MemberId)).ToList() : [];
        var rows = cells
            .Where(c => processes.ContainsKey(c.ProcessId) && members.ContainsKey(c.MemberId))
            .Select(c =>
            {
                var submission = submissions.FirstOrDefault(s => s.ProcessId == c.ProcessId && s.MemberId == c.MemberId);
                return new SubmissionRow(processes[c.ProcessId], members[c.MemberId], submission, actor.Sees(w.NetworkId, c.MemberId, submission?.State));
            })
            .OrderBy(r => r.Process.Name, StringComparer.CurrentCulture)
            .ThenBy(r => r.Member.Name, StringComparer.CurrentCulture)
            .ToList();
        return new SubmissionOverview(w, plan?.IsConfirmed == true, rows, actor.Reviews(w.NetworkId), actor.Coordinates(w.NetworkId));
    }

    /// <summary>Assigned (process, member) pairs whose submission is neither approved nor excused (for <see cref="CycleFacts"/>).</summary>
    public static async Task<int> OpenSubmissionsAsync(WerkstattDbContext db, WerkstattId werkstattId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var plan = await db.Set<StaffingPlan>().AsNoTracking().FirstOrDefaultAsync(p => p.WerkstattId == werkstattId && p.ConfirmedAt != null, cancellationToken);
        if (plan is null)
        {
            return 0;
        }

        var done = await db.Set<Submission>().AsNoTracking()
            .Where(s => s.WerkstattId == werkstattId && (s.State == ReviewState.Approved || s.State == ReviewState.Excused))
            .Select(s => new { s.ProcessId, s.MemberId })
            .ToListAsync(cancellationToken);
        return plan.Cells.Count(c => !done.Any(d => d.ProcessId == c.ProcessId && d.MemberId == c.MemberId));
    }
}
