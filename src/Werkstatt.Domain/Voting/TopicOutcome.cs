namespace Werkstatt.Domain.Voting;

/// <summary>Where a topic ended up in the closed vote.</summary>
public enum TopicOutcome
{
    /// <summary>Above the cut: goes on to process selection.</summary>
    Selected,

    /// <summary>Same votes as topics on the other side of the cut: the coordinator decides.</summary>
    TiedAtCut,

    /// <summary>Below the cut, or no votes at all.</summary>
    NotSelected,
}
