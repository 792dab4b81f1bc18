namespace Werkstatt.Domain.Cycle;

/// <summary>One dated point of a schedule, e.g. "Modelle fällig am 05.03.2027, 23:59 Uhr".</summary>
public sealed record Milestone(MilestoneKind Kind, DateTimeOffset At)
{
    public string Label => GermanLabel(Kind);

    public static string GermanLabel(MilestoneKind kind) => kind switch
    {
        MilestoneKind.TopicCollectionOpens => "Beginn der Themensammlung",
        MilestoneKind.VotingCloses => "Ende der Abstimmung",
        MilestoneKind.AssignmentConfirmed => "Zuteilung bestätigt",
        MilestoneKind.ModelsDue => "Abgabe der Modelle",
        MilestoneKind.ReviewDue => "Ende der Qualitätssicherung",
        MilestoneKind.PreReadOut => "Versand der Vorabunterlagen",
        MilestoneKind.WorkshopDay1 => "1. Werkstatttag",
        MilestoneKind.WorkshopDay2 => "2. Werkstatttag",
        MilestoneKind.FollowUpDue => "Ende der Nachbereitung",
        _ => kind.ToString(),
    };
}
