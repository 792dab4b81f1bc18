namespace Werkstatt.Domain.Voting;

/// <summary>Open topics can be voted on; merged and withdrawn ones cannot.</summary>
public enum TopicStatus
{
    Open,
    Merged,
    Withdrawn,
}
