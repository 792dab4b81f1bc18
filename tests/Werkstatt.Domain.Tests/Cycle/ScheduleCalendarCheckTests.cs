using Werkstatt.Domain.Calendar;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Network;
using Werkstatt.Domain.Tests.Support;

namespace Werkstatt.Domain.Tests.Cycle;

public class ScheduleCalendarCheckTests
{
    // Thursday 04.06.2026 is Fronleichnam; with the default template every milestone before it is a
    // Thursday, and ReviewDue (14.05.2026) is Christi Himmelfahrt, a holiday everywhere.
    private static readonly Schedule OnFronleichnam = Schedule.FromTemplate(ScheduleTemplate.Default, new DateOnly(2026, 6, 4));

    [Fact]
    public void A_workshop_on_Fronleichnam_in_NRW_is_flagged_with_the_next_working_day()
    {
        var flags = ScheduleCalendarCheck.Flags(OnFronleichnam, FederalState.NordrheinWestfalen);

        var day1 = Assert.Single(flags, f => f.Kind == MilestoneKind.WorkshopDay1);
        Assert.Equal(new DateOnly(2026, 6, 4), day1.Date);
        Assert.Equal("Feiertag (Fronleichnam)", day1.Reason);
        Assert.Equal(new DateOnly(2026, 6, 5), day1.SuggestedDate);
        Assert.Equal("1. Werkstatttag", day1.Label);
    }

    [Fact]
    public void A_workshop_on_Fronleichnam_in_Berlin_is_not_flagged()
    {
        var flags = ScheduleCalendarCheck.Flags(OnFronleichnam, FederalState.Berlin);

        Assert.DoesNotContain(flags, f => f.Kind == MilestoneKind.WorkshopDay1);
    }

    [Fact]
    public void Nationwide_holidays_are_flagged_in_every_state_and_nothing_else_on_working_days()
    {
        var expectedReview = new DateFlag(MilestoneKind.ReviewDue, new DateOnly(2026, 5, 14), "Feiertag (Christi Himmelfahrt)", new DateOnly(2026, 5, 15));

        Assert.Equal(
            [expectedReview, new DateFlag(MilestoneKind.WorkshopDay1, new DateOnly(2026, 6, 4), "Feiertag (Fronleichnam)", new DateOnly(2026, 6, 5))],
            ScheduleCalendarCheck.Flags(OnFronleichnam, FederalState.NordrheinWestfalen));
        Assert.Equal([expectedReview], ScheduleCalendarCheck.Flags(OnFronleichnam, FederalState.Berlin));
    }

    [Fact]
    public void Milestones_on_a_weekend_are_flagged_with_the_following_Monday()
    {
        // First day Monday 15.02.2027: every default milestone is a Monday or Tuesday.
        var b = ScheduleBuilder.Default(new DateOnly(2027, 2, 15));
        var schedule = (b with
        {
            ModelsDue = Utc.At("2027-01-08T23:30Z"), // Friday in UTC, but 00:30 on Saturday 09.01. in Berlin
            ReviewDue = Utc.At("2027-01-24T22:59Z"), // Sunday 24.01.2027, 23:59 Berlin
        }).Build();

        var flags = ScheduleCalendarCheck.Flags(schedule, FederalState.NordrheinWestfalen);

        Assert.Equal(
            [
                new DateFlag(MilestoneKind.ModelsDue, new DateOnly(2027, 1, 9), "Samstag", new DateOnly(2027, 1, 11)),
                new DateFlag(MilestoneKind.ReviewDue, new DateOnly(2027, 1, 24), "Sonntag", new DateOnly(2027, 1, 25)),
            ],
            flags);
    }

    [Fact]
    public void A_schedule_on_working_days_has_no_flags()
    {
        var schedule = Schedule.FromTemplate(ScheduleTemplate.Default, new DateOnly(2027, 2, 16));

        Assert.Empty(ScheduleCalendarCheck.Flags(schedule, FederalState.NordrheinWestfalen));
    }
}
