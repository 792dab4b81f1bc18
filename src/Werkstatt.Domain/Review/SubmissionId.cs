namespace Werkstatt.Domain.Review;

/// <summary>Identifies the submission of one member for one process.</summary>
public readonly record struct SubmissionId
{
    public SubmissionId(Guid value)
    {
        if (value == Guid.Empty)
        {
            throw new ArgumentException("Eine leere Kennung ist nicht zulässig.", nameof(value));
        }

        Value = value;
    }

    public Guid Value { get; }

    public static SubmissionId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}
