namespace Werkstatt.Domain.Cycle;

/// <summary>Order and German names of the phases.</summary>
public static class Phases
{
    /// <summary>The phases a Werkstatt passes through, without Cancelled.</summary>
    public static readonly IReadOnlyList<Phase> Sequence =
    [
        Phase.Draft, Phase.TopicCollection, Phase.Voting, Phase.ProcessSelection, Phase.Assignment,
        Phase.Modelling, Phase.QualityReview, Phase.PreRead, Phase.Workshop, Phase.FollowUp, Phase.Published,
    ];

    public static string GermanName(this Phase phase) => phase switch
    {
        Phase.Draft => "Entwurf",
        Phase.TopicCollection => "Themensammlung",
        Phase.Voting => "Abstimmung",
        Phase.ProcessSelection => "Prozessauswahl",
        Phase.Assignment => "Zuteilung",
        Phase.Modelling => "Modellierung",
        Phase.QualityReview => "Qualitätssicherung",
        Phase.PreRead => "Vorabunterlagen",
        Phase.Workshop => "Durchführung",
        Phase.FollowUp => "Nachbereitung",
        Phase.Published => "Veröffentlicht",
        Phase.Cancelled => "Abgesagt",
        _ => phase.ToString(),
    };

    /// <summary>The phase that follows, or null at the end of the cycle or after a cancellation.</summary>
    public static Phase? Next(this Phase phase) => phase switch
    {
        Phase.Published or Phase.Cancelled => null,
        _ => Sequence[Sequence.IndexOf(phase) + 1],
    };

    public static bool IsClosed(this Phase phase) => phase is Phase.Published or Phase.Cancelled;

    /// <summary>True while the workshop has not begun; only then can a Werkstatt be cancelled.</summary>
    public static bool IsBeforeWorkshop(this Phase phase) => phase < Phase.Workshop;

    public static bool TryParse(string? text, out Phase phase)
    {
        foreach (var candidate in Enum.GetValues<Phase>())
        {
            if (string.Equals(text, candidate.ToString(), StringComparison.OrdinalIgnoreCase)
                || string.Equals(text, candidate.GermanName(), StringComparison.OrdinalIgnoreCase))
            {
                phase = candidate;
                return true;
            }
        }

        phase = default;
        return false;
    }

    private static int IndexOf(this IReadOnlyList<Phase> list, Phase phase)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] == phase)
            {
                return i;
            }
        }

        return -1;
    }
}
