using Microsoft.EntityFrameworkCore;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Processes;
using Werkstatt.Domain.Review;
using Werkstatt.Domain.Staffing;
using Werkstatt.Service.MyTasks;
using Werkstatt.Service.Persistence;
using WerkstattAggregate = Werkstatt.Domain.Cycle.Werkstatt;

namespace Werkstatt.Service.Submissions.Tasks;

/// <summary>
/// Submissions on "Meine Aufgaben": a member's process managers upload the as-is model of each confirmed assignment
/// during modelling and hand in rework by its deadline; quality reviewers and the coordination review what waits.
/// </summary>
public sealed class SubmissionTaskSource(WerkstattDbContext db) : IMyTaskSource
{
    public async Task<IReadOnlyList<MyTask>> TasksAsync(MyTaskContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var member = context.ManagedMember;
        var reviews = context.Actor.Reviews(context.NetworkId);
        var tasks = new List<MyTask>();
        if (member is null && !reviews)
        {
            return tasks;
        }

        foreach (var w in context.OpenWerkstaetten.Where(w => w.Phase is Phase.Modelling or Phase.QualityReview))
        {
            var plan = await db.Set<StaffingPlan>().AsNoTracking().FirstOrDefaultAsync(p => p.WerkstattId == w.Id && p.ConfirmedAt != null, cancellationToken);
            if (plan is null)
            {
                continue;
            }

            var names = await db.Set<Process>().AsNoTracking().Where(p => p.WerkstattId == w.Id).ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
            var submissions = await db.Set<Submission>().AsNoTracking().Where(s => s.WerkstattId == w.Id).ToListAsync(cancellationToken);
            foreach (var cell in plan.Cells.Where(c => names.ContainsKey(c.ProcessId)))
            {
                var submission = submissions.FirstOrDefault(s => s.ProcessId == cell.ProcessId && s.MemberId == cell.MemberId);
                var task = cell.MemberId == member ? MemberTask(w, cell, names[cell.ProcessId], submission) : null;
                task ??= reviews ? ReviewTask(w, cell, names[cell.ProcessId], submission) : null;
                if (task is not null)
                {
                    tasks.Add(task);
                }
            }
        }

        return tasks;
    }

    private static MyTask? MemberTask(WerkstattAggregate w, PlanCell cell, string process, Submission? submission)
    {
        var link = SubmissionLinks.Submission(w.Id, cell.ProcessId, cell.MemberId);
        if (w.Phase == Phase.Modelling && submission?.Latest(ModelKind.AsIs) is null && submission?.State is not ReviewState.Excused)
        {
            return new MyTask(
                "Modell hochladen",
                $"Laden Sie das Ist-Modell für „{process}“ hoch und füllen Sie den Steckbrief aus.",
                w.Schedule.ModelsDue, link, SubmissionTaskKinds.Upload, w.Id, w.Title, MyTaskPriority.High);
        }

        if (submission is { State: ReviewState.ReworkRequested })
        {
            return new MyTask(
                "Überarbeitung einreichen",
                $"Die Qualitätssicherung bittet um Änderungen am Modell für „{process}“. Laden Sie die überarbeitete Fassung hoch.",
                submission.ReworkDeadline, link, SubmissionTaskKinds.Rework, w.Id, w.Title, MyTaskPriority.High);
        }

        return null;
    }

    private static MyTask? ReviewTask(WerkstattAggregate w, PlanCell cell, string process, Submission? submission)
    {
        if (submission?.State is not (ReviewState.Submitted or ReviewState.InReview or ReviewState.Resubmitted))
        {
            return null;
        }

        var what = submission.State == ReviewState.Resubmitted ? "Eine überarbeitete Fassung" : "Ein Modell";
        return new MyTask(
            "Einreichung prüfen",
            $"{what} für „{process}“ wartet auf die Qualitätsprüfung.",
            w.Schedule.ReviewDue, SubmissionLinks.Submission(w.Id, cell.ProcessId, cell.MemberId), SubmissionTaskKinds.Review, w.Id, w.Title);
    }
}
