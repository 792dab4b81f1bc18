namespace Werkstatt.Service.Submissions.Tasks;

/// <summary>The kinds of tasks <see cref="SubmissionTaskSource"/> produces.</summary>
public static class SubmissionTaskKinds
{
    public const string Upload = "UploadModel";
    public const string Rework = "SubmitRework";
    public const string Review = "ReviewSubmission";
}
