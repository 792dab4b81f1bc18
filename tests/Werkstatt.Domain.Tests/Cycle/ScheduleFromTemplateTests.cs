using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Network;
using Werkstatt.Domain.Tests.Support;

namespace Werkstatt.Domain.Tests.Cycle;

/// <summary>Expected instants are written out in UTC by hand (checked with GNU date, TZ=Europe/Berlin).</summary>
public class ScheduleFromTemplateTests
{
    [Fact]
    public void Default_template_in_winter_gives_the_default_offsets_at_Berlin_times()
    {
        // First day Tuesday 16.02.2027; every date is in winter time (UTC+1).
        var s = Schedule.FromTemplate(ScheduleTemplate.Default, new DateOnly(2027, 2, 16));

        Assert.Equal(Utc.At("2026-11-24T07:00Z"), s.TopicCollectionOpens); // 12 weeks before, 08:00
        Assert.Equal(Utc.At("2026-12-08T22:59Z"), s.VotingCloses); // 10 weeks before, 23:59
        Assert.Equal(Utc.At("2026-12-15T22:59Z"), s.AssignmentConfirmed); // 9 weeks
        Assert.Equal(Utc.At("2027-01-12T22:59Z"), s.ModelsDue); // 5 weeks
        Assert.Equal(Utc.At("2027-01-26T22:59Z"), s.ReviewDue); // 3 weeks
        Assert.Equal(Utc.At("2027-02-09T22:59Z"), s.PreReadOut); // 1 week
        Assert.Equal(Utc.At("2027-02-16T08:00Z"), s.Day1Start);
        Assert.Equal(Utc.At("2027-02-16T15:00Z"), s.Day1End);
        Assert.Equal(Utc.At("2027-02-17T08:00Z"), s.Day2Start);
        Assert.Equal(Utc.At("2027-02-17T15:00Z"), s.Day2End);
        Assert.Equal(Utc.At("2027-03-09T22:59Z"), s.FollowUpDue); // 3 weeks after
        Assert.Equal(2, s.DayCount);
        Assert.Equal(new DateOnly(2027, 2, 16), s.FirstDay);
    }

    [Fact]
    public void A_first_day_in_late_March_is_in_summer_time_while_its_milestones_before_are_in_winter_time()
    {
        // Summer time begins on Sunday 28.03.2027; the workshop is Tue 30.03. and Wed 31.03.2027.
        var s = Schedule.FromTemplate(ScheduleTemplate.Default, new DateOnly(2027, 3, 30));

        Assert.Equal(Utc.At("2027-01-05T07:00Z"), s.TopicCollectionOpens); // 08:00 CET
        Assert.Equal(Utc.At("2027-01-19T22:59Z"), s.VotingCloses);
        Assert.Equal(Utc.At("2027-01-26T22:59Z"), s.AssignmentConfirmed);
        Assert.Equal(Utc.At("2027-02-23T22:59Z"), s.ModelsDue);
        Assert.Equal(Utc.At("2027-03-09T22:59Z"), s.ReviewDue);
        Assert.Equal(Utc.At("2027-03-23T22:59Z"), s.PreReadOut); // 23:59 CET, the week before the change
        Assert.Equal(Utc.At("2027-03-30T07:00Z"), s.Day1Start); // 09:00 CEST
        Assert.Equal(Utc.At("2027-03-30T14:00Z"), s.Day1End);
        Assert.Equal(Utc.At("2027-03-31T07:00Z"), s.Day2Start);
        Assert.Equal(Utc.At("2027-03-31T14:00Z"), s.Day2End);
        Assert.Equal(Utc.At("2027-04-20T21:59Z"), s.FollowUpDue); // 23:59 CEST
    }

    [Fact]
    public void A_first_day_in_early_November_is_in_winter_time_while_topic_collection_opens_in_summer_time()
    {
        // Winter time begins on Sunday 25.10.2026; first day Tuesday 03.11.2026.
        var s = Schedule.FromTemplate(ScheduleTemplate.Default, new DateOnly(2026, 11, 3));

        Assert.Equal(Utc.At("2026-08-11T06:00Z"), s.TopicCollectionOpens); // 08:00 CEST
        Assert.Equal(Utc.At("2026-08-25T21:59Z"), s.VotingCloses); // 23:59 CEST
        Assert.Equal(Utc.At("2026-10-27T22:59Z"), s.PreReadOut); // 23:59 CET
        Assert.Equal(Utc.At("2026-11-03T08:00Z"), s.Day1Start);
        Assert.Equal(Utc.At("2026-11-24T22:59Z"), s.FollowUpDue);
    }

    [Fact]
    public void All_instants_are_stored_in_UTC()
    {
        var s = Schedule.FromTemplate(ScheduleTemplate.Default, new DateOnly(2027, 6, 10));

        Assert.All(s.Milestones(), m => Assert.Equal(TimeSpan.Zero, m.At.Offset));
        Assert.Equal(TimeSpan.Zero, s.Day1End.Offset);
        Assert.Equal(TimeSpan.Zero, s.Day2End!.Value.Offset);
    }

    [Fact]
    public void A_one_day_template_gives_a_schedule_without_a_second_day()
    {
        var template = ScheduleTemplate.Default with { WorkshopDays = 1 };

        var s = Schedule.FromTemplate(template, new DateOnly(2027, 2, 16));

        Assert.Equal(1, s.DayCount);
        Assert.Null(s.Day2Start);
        Assert.Null(s.Day2End);
        Assert.Equal(s.Day1Start, s.LastDayStart);
        Assert.Equal(s.Day1End, s.LastDayEnd);
        Assert.DoesNotContain(s.Milestones(), m => m.Kind == MilestoneKind.WorkshopDay2);
    }

    [Fact]
    public void The_days_argument_overrides_the_template()
    {
        var s = Schedule.FromTemplate(ScheduleTemplate.Default, new DateOnly(2027, 2, 16), days: 1);

        Assert.Equal(1, s.DayCount);
    }

    [Fact]
    public void A_custom_template_uses_its_own_offsets_and_times()
    {
        var template = ScheduleTemplate.Default with
        {
            ModelsDueDays = -28,
            DeadlineTime = new TimeOnly(18, 0),
            WorkshopStartTime = new TimeOnly(8, 30),
            WorkshopEndTime = new TimeOnly(12, 30),
        };

        var s = Schedule.FromTemplate(template, new DateOnly(2027, 2, 16));

        Assert.Equal(Utc.At("2027-01-19T17:00Z"), s.ModelsDue);
        Assert.Equal(Utc.At("2027-02-16T07:30Z"), s.Day1Start);
        Assert.Equal(Utc.At("2027-02-17T11:30Z"), s.Day2End);
    }

    [Fact]
    public void Milestones_are_listed_in_cycle_order()
    {
        var s = Schedule.FromTemplate(ScheduleTemplate.Default, new DateOnly(2027, 2, 16));

        var milestones = s.Milestones();

        Assert.Equal(Enum.GetValues<MilestoneKind>(), milestones.Select(m => m.Kind));
        Assert.Equal(milestones.OrderBy(m => m.At).Select(m => m.Kind), milestones.Select(m => m.Kind));
        Assert.Equal("Abgabe der Modelle", milestones[3].Label);
    }
}
