using Werkstatt.Domain.Calendar;
using Werkstatt.Domain.Network;
using Werkstatt.Domain.Tests.Support;
using static Werkstatt.Domain.Tests.Support.RuleAssert;
using NetworkAggregate = Werkstatt.Domain.Network.Network;

namespace Werkstatt.Domain.Tests.Network;

public class ScheduleTemplateTests
{
    [Fact]
    public void The_default_template_is_valid_and_has_the_documented_rhythm()
    {
        var t = ScheduleTemplate.Default;

        t.EnsureValid();

        Assert.Equal(
            (-84, -70, -63, -35, -21, -7, 21),
            (t.TopicCollectionOpensDays, t.VotingClosesDays, t.AssignmentConfirmedDays, t.ModelsDueDays, t.ReviewDueDays, t.PreReadOutDays, t.FollowUpDueDays));
        Assert.Equal((new TimeOnly(8, 0), new TimeOnly(23, 59)), (t.OpeningTime, t.DeadlineTime));
        Assert.Equal((new TimeOnly(9, 0), new TimeOnly(16, 0), 2), (t.WorkshopStartTime, t.WorkshopEndTime, t.WorkshopDays));
    }

    [Theory]
    [InlineData(nameof(ScheduleTemplate.VotingClosesDays), -84)] // voting closes when topic collection opens
    [InlineData(nameof(ScheduleTemplate.AssignmentConfirmedDays), -77)] // assignment before voting closes
    [InlineData(nameof(ScheduleTemplate.ModelsDueDays), -14)] // models after QA
    [InlineData(nameof(ScheduleTemplate.PreReadOutDays), -28)] // pre-read before QA
    public void Offsets_out_of_cycle_order_are_refused(string offset, int days)
    {
        var template = offset switch
        {
            nameof(ScheduleTemplate.VotingClosesDays) => ScheduleTemplate.Default with { VotingClosesDays = days },
            nameof(ScheduleTemplate.AssignmentConfirmedDays) => ScheduleTemplate.Default with { AssignmentConfirmedDays = days },
            nameof(ScheduleTemplate.ModelsDueDays) => ScheduleTemplate.Default with { ModelsDueDays = days },
            _ => ScheduleTemplate.Default with { PreReadOutDays = days },
        };

        AssertBrokenRule("TemplateOffsetsMustBeInOrder", template.EnsureValid);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    [InlineData(-1)]
    public void A_workshop_of_other_than_one_or_two_days_is_refused(int days)
    {
        var template = ScheduleTemplate.Default with { WorkshopDays = days };

        var violation = AssertBrokenRule("WorkshopHasOneOrTwoDays", template.EnsureValid);

        Assert.Equal(nameof(ScheduleTemplate.WorkshopDays), violation.Field);
    }

    [Fact]
    public void A_one_day_workshop_is_valid()
    {
        (ScheduleTemplate.Default with { WorkshopDays = 1, FollowUpDueDays = 1 }).EnsureValid();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    public void A_pre_read_on_or_after_the_first_day_is_refused(int days)
    {
        var violation = AssertBrokenRule("TemplateOffsetsMustBeBeforeWorkshop", (ScheduleTemplate.Default with { PreReadOutDays = days }).EnsureValid);

        Assert.Equal(nameof(ScheduleTemplate.PreReadOutDays), violation.Field);
    }

    [Fact]
    public void Topic_collection_more_than_two_years_ahead_is_refused()
    {
        AssertBrokenRule("TemplateOffsetsMustBeBeforeWorkshop", (ScheduleTemplate.Default with { TopicCollectionOpensDays = -731 }).EnsureValid);
        (ScheduleTemplate.Default with { TopicCollectionOpensDays = -730 }).EnsureValid();
    }

    [Theory]
    [InlineData(1)] // the second of two days
    [InlineData(0)]
    [InlineData(366)]
    public void A_follow_up_not_after_the_last_day_or_over_a_year_later_is_refused(int days)
    {
        AssertBrokenRule("FollowUpMustBeAfterWorkshop", (ScheduleTemplate.Default with { FollowUpDueDays = days }).EnsureValid);
    }

    [Fact]
    public void Workshop_hours_ending_before_they_start_are_refused()
    {
        var template = ScheduleTemplate.Default with { WorkshopStartTime = new TimeOnly(14, 0), WorkshopEndTime = new TimeOnly(9, 0) };

        AssertBrokenRule("WorkshopEndsAfterItStarts", template.EnsureValid);
    }

    [Fact]
    public void A_network_keeps_its_template_when_the_new_one_is_invalid()
    {
        var network = NetworkAggregate.Create("Prozessmanagement@Niederrhein", FederalState.NordrheinWestfalen, Utc.At("2026-01-05T09:00Z"));
        var shorter = ScheduleTemplate.Default with { FollowUpDueDays = 14 };

        network.ChangeTemplate(shorter);
        AssertBrokenRule("WorkshopHasOneOrTwoDays", () => network.ChangeTemplate(ScheduleTemplate.Default with { WorkshopDays = 3 }));

        Assert.Equal(shorter, network.Template);
    }
}
