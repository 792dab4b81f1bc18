using Werkstatt.Domain.Review;

namespace Werkstatt.Service.Submissions;

/// <summary>
/// The raw bytes of one model version, kept apart from the <see cref="Submission"/> aggregate so loading a submission
/// never loads files. In the database, so every instance sees every upload without shared disks.
/// </summary>
public sealed class SubmissionFile
{
    private SubmissionFile()
    {
    }

    public SubmissionFile(SubmissionId submissionId, int number, byte[] content)
    {
        SubmissionId = submissionId;
        Number = number;
        Content = content;
    }

    public SubmissionId SubmissionId { get; private set; }

    public int Number { get; private set; }

    public byte[] Content { get; private set; } = [];
}
