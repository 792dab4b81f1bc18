using Werkstatt.Domain.Common;
using Werkstatt.Domain.Voting;

namespace Werkstatt.Domain.Processes.Rules;

/// <summary>A process is derived from a topic the vote selected, or from one tied at the cut (deriving it is the coordinator's decision).</summary>
public sealed class ProcessesComeFromWinningTopicsRule(string title, TopicOutcome? outcome) : IBusinessRule
{
    public string Message => outcome is null
        ? "Dieses Thema stand nicht zur Abstimmung; Prozesse werden aus den gewählten Themen abgeleitet."
        : $"Das Thema „{title}“ wurde nicht gewählt; Prozesse werden aus den gewählten Themen (oder bei Gleichstand an der Grenze) abgeleitet.";

    public bool IsBroken() => outcome is not (TopicOutcome.Selected or TopicOutcome.TiedAtCut);
}
