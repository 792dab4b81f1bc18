namespace Werkstatt.Domain.Cycle;

/// <summary>The phases of one Werkstatt, in the order of the cycle (domain.md).</summary>
public enum Phase
{
    Draft,
    TopicCollection,
    Voting,
    ProcessSelection,
    Assignment,
    Modelling,
    QualityReview,
    PreRead,
    Workshop,
    FollowUp,
    Published,
    Cancelled,
}
