namespace Werkstatt.Domain.Cycle;

/// <summary>The dated milestones of a Werkstatt's schedule, in cycle order.</summary>
public enum MilestoneKind
{
    TopicCollectionOpens,
    VotingCloses,
    AssignmentConfirmed,
    ModelsDue,
    ReviewDue,
    PreReadOut,
    WorkshopDay1,
    WorkshopDay2,
    FollowUpDue,
}
