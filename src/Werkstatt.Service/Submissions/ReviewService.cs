using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Network;
using Werkstatt.Domain.Processes;
using Werkstatt.Domain.Review;
using Werkstatt.Service.Common;

namespace Werkstatt.Service.Submissions;

/// <summary>
/// The quality review: reviewers (and coordinators) start the review, request rework with comments and a new deadline,
/// or approve; coordinators excuse a member from a submission. Members' people cannot decide on their own models.
/// </summary>
public sealed class ReviewService(SubmissionService submissions)
{
    public Task<Result<SubmissionView>> StartAsync(Actor actor, WerkstattId werkstattId, ProcessId processId, MemberId memberId, int? version, CancellationToken cancellationToken = default) =>
        submissions.ChangeAsync(actor, werkstattId, processId, memberId, version, Reviewer(actor), (context, submission, now) =>
            submission.StartReview(context.Werkstatt.Phase, now, actor.Name), cancellationToken);

    public Task<Result<SubmissionView>> RequestReworkAsync(
        Actor actor, WerkstattId werkstattId, ProcessId processId, MemberId memberId, IReadOnlyList<ReworkRequest> comments, DateTimeOffset? deadline, int? version,
        CancellationToken cancellationToken = default) =>
        deadline is null
            ? Task.FromResult<Result<SubmissionView>>(Error.Validation("Deadline", "Bitte eine neue Frist für die Überarbeitung angeben."))
            : submissions.ChangeAsync(actor, werkstattId, processId, memberId, version, Reviewer(actor), (context, submission, now) =>
                submission.RequestRework(comments, deadline.Value, context.Werkstatt.Phase, now, actor.Name), cancellationToken);

    public Task<Result<SubmissionView>> ApproveAsync(Actor actor, WerkstattId werkstattId, ProcessId processId, MemberId memberId, string? note, int? version, CancellationToken cancellationToken = default) =>
        submissions.ChangeAsync(actor, werkstattId, processId, memberId, version, Reviewer(actor), (context, submission, now) =>
            submission.Approve(note, context.Werkstatt.Phase, now, actor.Name), cancellationToken);

    public Task<Result<SubmissionView>> ExcuseAsync(Actor actor, WerkstattId werkstattId, ProcessId processId, MemberId memberId, string? reason, int? version, CancellationToken cancellationToken = default) =>
        submissions.ChangeAsync(
            actor, werkstattId, processId, memberId, version,
            context => actor.Coordinates(context.Werkstatt.NetworkId) ? null : Error.Forbidden("Nur die Koordination kann eine Verwaltung von einer Einreichung entschuldigen."),
            (context, submission, now) => submission.Excuse(reason ?? string.Empty, context.Werkstatt.Phase, now, actor.Name),
            cancellationToken);

    private static Func<SubmissionContext, Error?> Reviewer(Actor actor) => context => actor.Reviews(context.Werkstatt.NetworkId)
        ? null
        : Error.Forbidden("Prüfen und freigeben kann nur die Qualitätssicherung oder die Koordination.");
}
