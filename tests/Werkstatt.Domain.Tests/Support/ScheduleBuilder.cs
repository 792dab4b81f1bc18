using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Network;

namespace Werkstatt.Domain.Tests.Support;

/// <summary>All eleven dates of a schedule, to change one or two of them and call <see cref="Schedule.Create"/>.</summary>
public sealed record ScheduleBuilder(
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
    public static ScheduleBuilder From(Schedule s) => new(
        s.TopicCollectionOpens, s.VotingCloses, s.AssignmentConfirmed, s.ModelsDue, s.ReviewDue, s.PreReadOut,
        s.Day1Start, s.Day1End, s.Day2Start, s.Day2End, s.FollowUpDue);

    /// <summary>The default template's dates around a first day.</summary>
    public static ScheduleBuilder Default(DateOnly firstDay) => From(Schedule.FromTemplate(ScheduleTemplate.Default, firstDay));

    public Schedule Build() => Schedule.Create(
        TopicCollectionOpens, VotingCloses, AssignmentConfirmed, ModelsDue, ReviewDue, PreReadOut,
        Day1Start, Day1End, Day2Start, Day2End, FollowUpDue);
}
