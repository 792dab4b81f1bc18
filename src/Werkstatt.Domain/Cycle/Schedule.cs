using Werkstatt.Domain.Common;
using Werkstatt.Domain.Network;

namespace Werkstatt.Domain.Cycle;

/// <summary>
/// The dates of one Werkstatt, all in UTC. Created only through <see cref="Create"/>, which checks that
/// modelling deadline &lt; QA deadline &lt; pre-read &lt; workshop days &lt; follow-up, and so on.
/// </summary>
public sealed record Schedule
{
    private static readonly TimeSpan MaxDayLength = TimeSpan.FromHours(14);
    private const int MaxDaysBetweenWorkshopDays = 14;

    private Schedule()
    {
    }

    public DateTimeOffset TopicCollectionOpens { get; private init; }

    public DateTimeOffset VotingCloses { get; private init; }

    public DateTimeOffset AssignmentConfirmed { get; private init; }

    public DateTimeOffset ModelsDue { get; private init; }

    public DateTimeOffset ReviewDue { get; private init; }

    public DateTimeOffset PreReadOut { get; private init; }

    public DateTimeOffset Day1Start { get; private init; }

    public DateTimeOffset Day1End { get; private init; }

    public DateTimeOffset? Day2Start { get; private init; }

    public DateTimeOffset? Day2End { get; private init; }

    public DateTimeOffset FollowUpDue { get; private init; }

    public int DayCount => Day2Start is null ? 1 : 2;

    public DateOnly FirstDay => BerlinTime.DateOf(Day1Start);

    public DateTimeOffset LastDayStart => Day2Start ?? Day1Start;

    public DateTimeOffset LastDayEnd => Day2End ?? Day1End;

    /// <summary>True when every date but the follow-up deadline is the same.</summary>
    public bool SameUntilWorkshopEnd(Schedule other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return this == other with { FollowUpDue = FollowUpDue };
    }

    public IReadOnlyList<Milestone> Milestones()
    {
        var list = new List<Milestone>
        {
            new(MilestoneKind.TopicCollectionOpens, TopicCollectionOpens),
            new(MilestoneKind.VotingCloses, VotingCloses),
            new(MilestoneKind.AssignmentConfirmed, AssignmentConfirmed),
            new(MilestoneKind.ModelsDue, ModelsDue),
            new(MilestoneKind.ReviewDue, ReviewDue),
            new(MilestoneKind.PreReadOut, PreReadOut),
            new(MilestoneKind.WorkshopDay1, Day1Start),
        };
        if (Day2Start is { } day2)
        {
            list.Add(new Milestone(MilestoneKind.WorkshopDay2, day2));
        }

        list.Add(new Milestone(MilestoneKind.FollowUpDue, FollowUpDue));
        return list;
    }

    /// <summary>Checks and builds a schedule; throws one <see cref="ScheduleViolation"/> listing every problem.</summary>
    public static Schedule Create(
        DateTimeOffset topicCollectionOpens,
        DateTimeOffset votingCloses,
        DateTimeOffset assignmentConfirmed,
        DateTimeOffset modelsDue,
        DateTimeOffset reviewDue,
        DateTimeOffset preReadOut,
        DateTimeOffset day1Start,
        DateTimeOffset day1End,
        DateTimeOffset? day2Start,
        DateTimeOffset? day2End,
        DateTimeOffset followUpDue)
    {
        var schedule = new Schedule
        {
            TopicCollectionOpens = topicCollectionOpens.ToUniversalTime(),
            VotingCloses = votingCloses.ToUniversalTime(),
            AssignmentConfirmed = assignmentConfirmed.ToUniversalTime(),
            ModelsDue = modelsDue.ToUniversalTime(),
            ReviewDue = reviewDue.ToUniversalTime(),
            PreReadOut = preReadOut.ToUniversalTime(),
            Day1Start = day1Start.ToUniversalTime(),
            Day1End = day1End.ToUniversalTime(),
            Day2Start = day2Start?.ToUniversalTime(),
            Day2End = day2End?.ToUniversalTime(),
            FollowUpDue = followUpDue.ToUniversalTime(),
        };
        var problems = schedule.Problems();
        if (problems.Count > 0)
        {
            throw new ScheduleViolation(problems);
        }

        return schedule;
    }

    /// <summary>Fills every milestone from the network's template, counted from the first workshop day (Berlin time).</summary>
    public static Schedule FromTemplate(ScheduleTemplate template, DateOnly firstDay, int? days = null)
    {
        ArgumentNullException.ThrowIfNull(template);
        var dayCount = days ?? template.WorkshopDays;
        DateTimeOffset Deadline(int offset) => BerlinTime.ToUtc(firstDay.AddDays(offset), template.DeadlineTime);
        var secondDay = firstDay.AddDays(1);
        return Create(
            BerlinTime.ToUtc(firstDay.AddDays(template.TopicCollectionOpensDays), template.OpeningTime),
            Deadline(template.VotingClosesDays),
            Deadline(template.AssignmentConfirmedDays),
            Deadline(template.ModelsDueDays),
            Deadline(template.ReviewDueDays),
            Deadline(template.PreReadOutDays),
            BerlinTime.ToUtc(firstDay, template.WorkshopStartTime),
            BerlinTime.ToUtc(firstDay, template.WorkshopEndTime),
            dayCount == 2 ? BerlinTime.ToUtc(secondDay, template.WorkshopStartTime) : null,
            dayCount == 2 ? BerlinTime.ToUtc(secondDay, template.WorkshopEndTime) : null,
            Deadline(template.FollowUpDueDays));
    }

    /// <summary>All problems of this schedule with German messages naming the dates involved.</summary>
    public IReadOnlyList<ScheduleProblem> Problems()
    {
        var problems = new List<ScheduleProblem>();
        (string Field, MilestoneKind Kind, DateTimeOffset At)[] ordered =
        [
            (nameof(TopicCollectionOpens), MilestoneKind.TopicCollectionOpens, TopicCollectionOpens),
            (nameof(VotingCloses), MilestoneKind.VotingCloses, VotingCloses),
            (nameof(AssignmentConfirmed), MilestoneKind.AssignmentConfirmed, AssignmentConfirmed),
            (nameof(ModelsDue), MilestoneKind.ModelsDue, ModelsDue),
            (nameof(ReviewDue), MilestoneKind.ReviewDue, ReviewDue),
            (nameof(PreReadOut), MilestoneKind.PreReadOut, PreReadOut),
            (nameof(Day1Start), MilestoneKind.WorkshopDay1, Day1Start),
        ];
        for (var i = 1; i < ordered.Length; i++)
        {
            var earlier = ordered[i - 1];
            var later = ordered[i];
            if (later.At <= earlier.At)
            {
                problems.Add(new ScheduleProblem(
                    later.Field,
                    $"„{Milestone.GermanLabel(earlier.Kind)}“ ({BerlinTime.FormatDateTime(earlier.At)}) muss vor „{Milestone.GermanLabel(later.Kind)}“ ({BerlinTime.FormatDateTime(later.At)}) liegen."));
            }
        }

        CheckDay(problems, nameof(Day1End), "1. Werkstatttag", Day1Start, Day1End);
        if (Day2Start.HasValue != Day2End.HasValue)
        {
            problems.Add(new ScheduleProblem(nameof(Day2End), "Für den 2. Werkstatttag bitte Beginn und Ende angeben – oder beides leer lassen."));
        }
        else if (Day2Start is { } start2 && Day2End is { } end2)
        {
            CheckDay(problems, nameof(Day2End), "2. Werkstatttag", start2, end2);
            var gap = BerlinTime.DateOf(start2).DayNumber - BerlinTime.DateOf(Day1Start).DayNumber;
            if (gap < 1 || gap > MaxDaysBetweenWorkshopDays)
            {
                problems.Add(new ScheduleProblem(nameof(Day2Start), $"Der 2. Werkstatttag muss nach dem 1. liegen, höchstens {MaxDaysBetweenWorkshopDays} Tage später."));
            }
        }

        if (FollowUpDue <= LastDayEnd)
        {
            problems.Add(new ScheduleProblem(nameof(FollowUpDue), $"„{Milestone.GermanLabel(MilestoneKind.FollowUpDue)}“ ({BerlinTime.FormatDateTime(FollowUpDue)}) muss nach dem letzten Werkstatttag liegen."));
        }

        return problems;
    }

    private static void CheckDay(List<ScheduleProblem> problems, string field, string label, DateTimeOffset start, DateTimeOffset end)
    {
        if (end <= start)
        {
            problems.Add(new ScheduleProblem(field, $"Am {label} muss das Ende nach dem Beginn liegen."));
        }
        else if (end - start > MaxDayLength || BerlinTime.DateOf(start) != BerlinTime.DateOf(end))
        {
            problems.Add(new ScheduleProblem(field, $"Der {label} muss an einem Tag beginnen und enden (höchstens {MaxDayLength.TotalHours:0} Stunden)."));
        }
    }
}
