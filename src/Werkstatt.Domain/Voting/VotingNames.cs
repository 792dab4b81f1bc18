namespace Werkstatt.Domain.Voting;

/// <summary>German names for topic states and outcomes.</summary>
public static class VotingNames
{
    public static string GermanName(this TopicStatus status) => status switch
    {
        TopicStatus.Open => "offen",
        TopicStatus.Merged => "zusammengeführt",
        TopicStatus.Withdrawn => "zurückgezogen",
        _ => status.ToString(),
    };

    public static string GermanName(this TopicOutcome outcome) => outcome switch
    {
        TopicOutcome.Selected => "gewählt",
        TopicOutcome.TiedAtCut => "Gleichstand an der Grenze – Entscheidung der Koordination",
        TopicOutcome.NotSelected => "nicht gewählt",
        _ => outcome.ToString(),
    };
}
