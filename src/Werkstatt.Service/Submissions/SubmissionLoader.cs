using Microsoft.EntityFrameworkCore;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Network;
using Werkstatt.Domain.Processes;
using Werkstatt.Domain.Review;
using Werkstatt.Domain.Staffing;
using Werkstatt.Service.Common;
using Werkstatt.Service.Persistence;
using Werkstatt.Service.Voting;

namespace Werkstatt.Service.Submissions;

/// <summary>Loads an assignment and its submission, checking that the actor may see it (404 for missing, 403 for foreign).</summary>
public sealed class SubmissionLoader(WerkstattDbContext db, WerkstattScope scope)
{
    public const string What = "Die Einreichung";

    public async Task<Result<SubmissionContext>> LoadAsync(
        Actor actor, WerkstattId werkstattId, ProcessId processId, MemberId memberId, bool track, CancellationToken cancellationToken)
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

        var member = await scope.MemberAsync(w.NetworkId, memberId, cancellationToken);
        if (!member.IsSuccess)
        {
            return member.Error;
        }

        var submissions = track ? db.Set<Submission>() : db.Set<Submission>().AsNoTracking();
        var submission = await submissions.FirstOrDefaultAsync(
            s => s.WerkstattId == werkstattId && s.ProcessId == processId && s.MemberId == memberId, cancellationToken);
        var plan = await db.Set<StaffingPlan>().AsNoTracking().FirstOrDefaultAsync(p => p.WerkstattId == werkstattId, cancellationToken);
        var assigned = plan is { IsConfirmed: true } && plan.Has(processId, memberId);
        if (!actor.Sees(w.NetworkId, memberId, submission?.State))
        {
            return Error.Forbidden("Die Einreichungen anderer Verwaltungen sind erst nach der Freigabe sichtbar.");
        }

        if (!assigned && submission is null)
        {
            return Error.NotFound(What);
        }

        return new SubmissionContext(w, process, member.Value, assigned, submission);
    }
}
