using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Cycle.Events;
using Werkstatt.Domain.Cycle.Rules;
using Werkstatt.Domain.Network;
using Werkstatt.Domain.Tests.Support;
using static Werkstatt.Domain.Tests.Support.RuleAssert;

namespace Werkstatt.Domain.Tests.Cycle;

public class WerkstattRescheduleTests
{
    private static readonly DateTimeOffset Now = Utc.At("2026-12-01T10:00Z");

    [Fact]
    public void Moving_the_workshop_days_raises_WerkstattRescheduled_with_WorkshopDaysMoved()
    {
        var werkstatt = Werkstaetten.Planned();
        var previous = werkstatt.Schedule;
        werkstatt.ClearDomainEvents();
        var later = Schedule.FromTemplate(ScheduleTemplate.Default, Werkstaetten.FirstDay.AddDays(7));

        werkstatt.Reschedule(later, Now);

        Assert.Same(later, werkstatt.Schedule);
        var rescheduled = Assert.IsType<WerkstattRescheduled>(Assert.Single(werkstatt.DomainEvents));
        Assert.Equal(werkstatt.Id, rescheduled.WerkstattId);
        Assert.Same(previous, rescheduled.Previous);
        Assert.Same(later, rescheduled.Current);
        Assert.Equal(Now, rescheduled.OccurredAt);
        Assert.True(rescheduled.WorkshopDaysMoved);
    }

    [Fact]
    public void Moving_only_a_deadline_before_the_workshop_does_not_count_as_moving_the_days()
    {
        var werkstatt = Werkstaetten.Planned();
        werkstatt.ClearDomainEvents();
        var builder = ScheduleBuilder.From(werkstatt.Schedule);
        var changed = (builder with { ModelsDue = builder.ModelsDue.AddDays(2) }).Build();

        werkstatt.Reschedule(changed, Now);

        var rescheduled = Assert.IsType<WerkstattRescheduled>(Assert.Single(werkstatt.DomainEvents));
        Assert.False(rescheduled.WorkshopDaysMoved);
        Assert.Equal(builder.ModelsDue.AddDays(2), werkstatt.Schedule.ModelsDue);
    }

    [Theory]
    [InlineData(nameof(Schedule.Day1End))]
    [InlineData(nameof(Schedule.Day2Start))]
    [InlineData(nameof(Schedule.Day2End))]
    public void Changing_any_workshop_hour_counts_as_moving_the_days(string field)
    {
        var werkstatt = Werkstaetten.Planned();
        werkstatt.ClearDomainEvents();
        var b = ScheduleBuilder.From(werkstatt.Schedule);
        var changed = field switch
        {
            nameof(Schedule.Day1End) => b with { Day1End = b.Day1End.AddMinutes(-30) },
            nameof(Schedule.Day2Start) => b with { Day2Start = b.Day2Start!.Value.AddMinutes(30) },
            _ => b with { Day2End = b.Day2End!.Value.AddMinutes(-30) },
        };

        werkstatt.Reschedule(changed.Build(), Now);

        Assert.True(Assert.IsType<WerkstattRescheduled>(Assert.Single(werkstatt.DomainEvents)).WorkshopDaysMoved);
    }

    [Fact]
    public void Dropping_the_second_day_counts_as_moving_the_days()
    {
        var werkstatt = Werkstaetten.Planned();
        werkstatt.ClearDomainEvents();

        werkstatt.Reschedule(Schedule.FromTemplate(ScheduleTemplate.Default, Werkstaetten.FirstDay, days: 1), Now);

        Assert.True(Assert.IsType<WerkstattRescheduled>(Assert.Single(werkstatt.DomainEvents)).WorkshopDaysMoved);
        Assert.Equal(1, werkstatt.Schedule.DayCount);
    }

    [Fact]
    public void Rescheduling_to_the_same_dates_raises_no_event()
    {
        var werkstatt = Werkstaetten.Planned();
        werkstatt.ClearDomainEvents();
        var sameDates = ScheduleBuilder.From(werkstatt.Schedule).Build();
        Assert.NotSame(werkstatt.Schedule, sameDates);

        werkstatt.Reschedule(sameDates, Now);

        Assert.Empty(werkstatt.DomainEvents);
    }

    [Fact]
    public void The_same_instants_in_another_offset_are_the_same_schedule()
    {
        var werkstatt = Werkstaetten.Planned();
        werkstatt.ClearDomainEvents();
        var berlin = TimeSpan.FromHours(1);
        var s = werkstatt.Schedule;
        var inBerlinOffset = Schedule.Create(
            s.TopicCollectionOpens.ToOffset(berlin), s.VotingCloses.ToOffset(berlin), s.AssignmentConfirmed.ToOffset(berlin),
            s.ModelsDue.ToOffset(berlin), s.ReviewDue.ToOffset(berlin), s.PreReadOut.ToOffset(berlin),
            s.Day1Start.ToOffset(berlin), s.Day1End.ToOffset(berlin), s.Day2Start!.Value.ToOffset(berlin), s.Day2End!.Value.ToOffset(berlin),
            s.FollowUpDue.ToOffset(berlin));

        werkstatt.Reschedule(inBerlinOffset, Now);

        Assert.Empty(werkstatt.DomainEvents);
        Assert.Equal(TimeSpan.Zero, inBerlinOffset.Day1Start.Offset);
    }

    [Theory]
    [InlineData(Phase.Published)]
    [InlineData(Phase.Cancelled)]
    public void A_closed_Werkstatt_cannot_be_rescheduled(Phase phase)
    {
        var werkstatt = Werkstaetten.In(phase);
        var before = werkstatt.Schedule;
        var events = werkstatt.DomainEvents.Count;
        var builder = ScheduleBuilder.From(before);

        AssertBrokenRule<WerkstattMustNotBeClosedRule>(() =>
            werkstatt.Reschedule((builder with { FollowUpDue = builder.FollowUpDue.AddDays(7) }).Build(), Now));

        Assert.Same(before, werkstatt.Schedule);
        Assert.Equal(events, werkstatt.DomainEvents.Count);
    }

    [Theory]
    [InlineData(Phase.Workshop)]
    [InlineData(Phase.FollowUp)]
    public void After_the_workshop_began_the_follow_up_deadline_may_still_move(Phase phase)
    {
        var werkstatt = Werkstaetten.In(phase);
        werkstatt.ClearDomainEvents();
        var builder = ScheduleBuilder.From(werkstatt.Schedule);
        var extended = (builder with { FollowUpDue = builder.FollowUpDue.AddDays(14) }).Build();

        werkstatt.Reschedule(extended, Now);

        Assert.Equal(builder.FollowUpDue.AddDays(14), werkstatt.Schedule.FollowUpDue);
        Assert.False(Assert.IsType<WerkstattRescheduled>(Assert.Single(werkstatt.DomainEvents)).WorkshopDaysMoved);
    }

    [Theory]
    [InlineData(Phase.Workshop, nameof(Schedule.Day1Start))]
    [InlineData(Phase.Workshop, nameof(Schedule.Day2End))]
    [InlineData(Phase.Workshop, nameof(Schedule.ModelsDue))]
    [InlineData(Phase.FollowUp, nameof(Schedule.PreReadOut))]
    [InlineData(Phase.FollowUp, nameof(Schedule.Day1End))]
    public void After_the_workshop_began_no_other_date_may_move(Phase phase, string field)
    {
        var werkstatt = Werkstaetten.In(phase);
        var before = werkstatt.Schedule;
        werkstatt.ClearDomainEvents();
        var b = ScheduleBuilder.From(before);
        var moved = field switch
        {
            nameof(Schedule.Day1Start) => b with { Day1Start = b.Day1Start.AddHours(-1) },
            nameof(Schedule.Day2End) => b with { Day2End = b.Day2End!.Value.AddHours(-1) },
            nameof(Schedule.ModelsDue) => b with { ModelsDue = b.ModelsDue.AddDays(-1) },
            nameof(Schedule.PreReadOut) => b with { PreReadOut = b.PreReadOut.AddDays(-1) },
            _ => b with { Day1End = b.Day1End.AddHours(-1) },
        };

        AssertBrokenRule<WorkshopDaysCannotMoveOnceTheWorkshopBeganRule>(() => werkstatt.Reschedule(moved.Build(), Now));

        Assert.Same(before, werkstatt.Schedule);
        Assert.Empty(werkstatt.DomainEvents);
    }

    [Fact]
    public void Before_the_workshop_the_days_may_still_move()
    {
        var werkstatt = Werkstaetten.In(Phase.PreRead);
        werkstatt.ClearDomainEvents();

        werkstatt.Reschedule(Schedule.FromTemplate(ScheduleTemplate.Default, Werkstaetten.FirstDay.AddDays(1)), Now);

        Assert.Equal(new DateOnly(2027, 2, 17), werkstatt.Schedule.FirstDay);
        Assert.True(Assert.IsType<WerkstattRescheduled>(Assert.Single(werkstatt.DomainEvents)).WorkshopDaysMoved);
    }
}
