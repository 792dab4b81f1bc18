using Werkstatt.Domain.Cycle;

namespace Werkstatt.Service.Werkstaetten;

/// <summary>All dates of a Werkstatt as entered (any offset; stored in UTC).</summary>
public sealed record ScheduleInput(
    DateTimeOffset TopicCollectionOpens,
    DateTimeOffset VotingCloses,
    DateTimeOffset AssignmentConfirmed,
    DateTimeOffset ModelsDue,
    DateTimeOffset ReviewDue,
    DateTimeOffset PreReadOut,
    DateTimeOffset Day1Start,
    DateTimeOffset Day1End,
    DateTimeOffset? Day2Start,
    DateTimeOffset? Day2End,
    DateTimeOffset FollowUpDue)
{
    public Schedule ToSchedule() => Schedule.Create(
        TopicCollectionOpens, VotingCloses, AssignmentConfirmed, ModelsDue, ReviewDue, PreReadOut,
        Day1Start, Day1End, Day2Start, Day2End, FollowUpDue);

    public static ScheduleInput From(Schedule s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return new(s.TopicCollectionOpens, s.VotingCloses, s.AssignmentConfirmed, s.ModelsDue, s.ReviewDue, s.PreReadOut,
            s.Day1Start, s.Day1End, s.Day2Start, s.Day2End, s.FollowUpDue);
    }
}
