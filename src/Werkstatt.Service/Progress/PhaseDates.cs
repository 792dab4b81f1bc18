using Werkstatt.Domain.Cycle;

namespace Werkstatt.Service.Progress;

/// <summary>By when a Werkstatt should have left each phase, read from its schedule.</summary>
public static class PhaseDates
{
    public static DateTimeOffset PlannedEnd(Schedule schedule, Phase phase)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        return phase switch
        {
            Phase.Draft => schedule.TopicCollectionOpens,
            Phase.TopicCollection or Phase.Voting => schedule.VotingCloses,
            Phase.ProcessSelection or Phase.Assignment => schedule.AssignmentConfirmed,
            Phase.Modelling => schedule.ModelsDue,
            Phase.QualityReview => schedule.ReviewDue,
            Phase.PreRead => schedule.Day1Start,
            Phase.Workshop => schedule.LastDayEnd,
            _ => schedule.FollowUpDue,
        };
    }
}
