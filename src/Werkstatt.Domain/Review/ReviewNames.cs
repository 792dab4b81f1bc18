namespace Werkstatt.Domain.Review;

/// <summary>German names of review states, model kinds and digitisation degrees.</summary>
public static class ReviewNames
{
    public static string GermanName(this ReviewState state) => state switch
    {
        ReviewState.Draft => "Entwurf",
        ReviewState.Submitted => "eingereicht",
        ReviewState.InReview => "in Prüfung",
        ReviewState.ReworkRequested => "Überarbeitung angefordert",
        ReviewState.Resubmitted => "wieder eingereicht",
        ReviewState.Approved => "freigegeben",
        ReviewState.Excused => "entschuldigt",
        _ => state.ToString(),
    };

    public static string GermanName(this ModelKind kind) => kind switch
    {
        ModelKind.AsIs => "IST",
        ModelKind.ToBe => "SOLL",
        _ => kind.ToString(),
    };

    public static string GermanName(this DigitisationDegree degree) => degree switch
    {
        DigitisationDegree.Paper => "papierbasiert",
        DigitisationDegree.Partly => "teilweise digital",
        DigitisationDegree.Mostly => "überwiegend digital",
        DigitisationDegree.EndToEnd => "durchgängig digital",
        _ => degree.ToString(),
    };

    /// <summary>Approved or excused: nothing more is expected from the member in the review.</summary>
    public static bool IsDone(this ReviewState state) => state is ReviewState.Approved or ReviewState.Excused;

    /// <summary>A model is there and the reviewer has not decided yet.</summary>
    public static bool AwaitsReviewer(this ReviewState state) => state is ReviewState.Submitted or ReviewState.InReview or ReviewState.Resubmitted;
}
