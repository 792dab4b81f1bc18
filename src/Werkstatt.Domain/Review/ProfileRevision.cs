namespace Werkstatt.Domain.Review;

/// <summary>One saved state of the profile; every save adds one, so the history shows who changed what when.</summary>
public sealed class ProfileRevision
{
    public ProfileRevision(int number, DateTimeOffset savedAt, string savedBy, ProcessProfile profile)
    {
        Number = number;
        SavedAt = savedAt;
        SavedBy = savedBy;
        Profile = profile;
    }

    private ProfileRevision()
    {
    }

    public int Number { get; private set; }

    public DateTimeOffset SavedAt { get; private set; }

    public string SavedBy { get; private set; } = string.Empty;

    public ProcessProfile Profile { get; private set; } = null!;
}
