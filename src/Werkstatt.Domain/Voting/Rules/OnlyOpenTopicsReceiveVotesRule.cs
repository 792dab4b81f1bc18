using Werkstatt.Domain.Common;

namespace Werkstatt.Domain.Voting.Rules;

/// <summary>Withdrawn or merged topics (and topics of other Werkstätten) cannot receive votes.</summary>
public sealed class OnlyOpenTopicsReceiveVotesRule(Topic? topic) : IBusinessRule
{
    public string Message => topic switch
    {
        null => "Dieses Thema gibt es in dieser Werkstatt nicht.",
        { Status: TopicStatus.Withdrawn } => $"Das Thema „{topic.Title}“ wurde zurückgezogen; dafür kann nicht mehr abgestimmt werden.",
        _ => $"Das Thema „{topic.Title}“ wurde mit einem anderen Thema zusammengeführt; bitte dort abstimmen.",
    };

    public bool IsBroken() => topic is not { Status: TopicStatus.Open };
}
