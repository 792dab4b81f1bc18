using Werkstatt.Domain.Network;
using Werkstatt.Domain.Processes;
using Werkstatt.Domain.Review;
using WerkstattAggregate = Werkstatt.Domain.Cycle.Werkstatt;

namespace Werkstatt.Service.Submissions;

/// <summary>
/// One submission as its page shows it: the assignment, the submission (null until something was handed in), the latest
/// as-is model read back with its findings, and what changed since the version before.
/// </summary>
public sealed record SubmissionView(
    WerkstattAggregate Werkstatt, Process Process, Member Member, Submission? Submission, SubmissionRights Rights,
    ParsedModel? Model, IReadOnlyList<SubmissionFinding> Findings, VersionDiff? Diff)
{
    public ReviewState State => Submission?.State ?? ReviewState.Draft;

    public int Version => Submission?.Version ?? 0;
}
