using Werkstatt.Domain.Network;
using Werkstatt.Domain.Processes;
using Werkstatt.Domain.Review;

namespace Werkstatt.Service.Submissions;

/// <summary>One assignment on the overview: its state, latest version and deadline; <see cref="Visible"/> says whether the actor may open it.</summary>
public sealed record SubmissionRow(Process Process, Member Member, Submission? Submission, bool Visible)
{
    public ReviewState State => Submission?.State ?? ReviewState.Draft;

    public bool HasModel => Submission?.Latest(ModelKind.AsIs) is not null;

    public bool HasProfile => Submission?.Profile is not null;

    /// <summary>Holds the quality review phase back: neither approved nor excused.</summary>
    public bool Open => !State.IsDone();
}
