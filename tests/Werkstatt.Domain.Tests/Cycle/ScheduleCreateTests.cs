using System.Text.RegularExpressions;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Tests.Support;
using static Werkstatt.Domain.Tests.Support.RuleAssert;

namespace Werkstatt.Domain.Tests.Cycle;

public partial class ScheduleCreateTests
{
    // Tue 16.02.2027 and Wed 17.02.2027, default template.
    private static readonly ScheduleBuilder Valid = ScheduleBuilder.Default(new DateOnly(2027, 2, 16));

    [Fact]
    public void A_consistent_schedule_is_created()
    {
        var s = Valid.Build();

        Assert.Equal(Valid.ModelsDue, s.ModelsDue);
        Assert.Empty(s.Problems());
    }

    [Fact]
    public void A_modelling_deadline_after_the_QA_deadline_is_refused_naming_both_dates()
    {
        var input = Valid with { ModelsDue = Utc.At("2027-01-28T10:00Z") };

        var problem = AssertSingleProblem(input);

        Assert.Equal(nameof(Schedule.ReviewDue), problem.Field);
        Assert.Equal(
            "„Abgabe der Modelle“ (28.01.2027, 11:00 Uhr) muss vor „Ende der Qualitätssicherung“ (26.01.2027, 23:59 Uhr) liegen.",
            problem.Message);
    }

    [Fact]
    public void A_modelling_deadline_equal_to_the_QA_deadline_is_refused()
    {
        var input = Valid with { ModelsDue = Valid.ReviewDue };

        Assert.Equal(nameof(Schedule.ReviewDue), AssertSingleProblem(input).Field);
    }

    [Fact]
    public void A_pre_read_after_the_workshop_start_is_refused()
    {
        var input = Valid with { PreReadOut = Valid.Day1Start.AddHours(1) };

        var problem = AssertSingleProblem(input);

        Assert.Equal(nameof(Schedule.Day1Start), problem.Field);
        Assert.Contains("„Versand der Vorabunterlagen“ (16.02.2027, 10:00 Uhr)", problem.Message, StringComparison.Ordinal);
        Assert.Contains("„1. Werkstatttag“ (16.02.2027, 09:00 Uhr)", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_follow_up_deadline_before_the_end_of_the_workshop_is_refused()
    {
        var input = Valid with { FollowUpDue = Valid.Day2End!.Value.AddMinutes(-1) };

        var problem = AssertSingleProblem(input);

        Assert.Equal(nameof(Schedule.FollowUpDue), problem.Field);
        Assert.Contains("17.02.2027", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_follow_up_deadline_exactly_at_the_end_of_the_workshop_is_refused()
    {
        var input = Valid with { FollowUpDue = Valid.Day2End!.Value };

        Assert.Equal(nameof(Schedule.FollowUpDue), AssertSingleProblem(input).Field);
    }

    [Fact]
    public void A_workshop_day_ending_before_it_starts_is_refused()
    {
        var input = Valid with { Day1End = Valid.Day1Start.AddHours(-1) };

        var problem = AssertSingleProblem(input);

        Assert.Equal(nameof(Schedule.Day1End), problem.Field);
        Assert.Equal("Am 1. Werkstatttag muss das Ende nach dem Beginn liegen.", problem.Message);
    }

    [Fact]
    public void A_second_day_ending_when_it_starts_is_refused()
    {
        var input = Valid with { Day2End = Valid.Day2Start };

        Assert.Equal(nameof(Schedule.Day2End), AssertSingleProblem(input).Field);
    }

    [Fact]
    public void A_workshop_day_spanning_midnight_in_Berlin_is_refused()
    {
        // 20:00 Berlin to 02:00 Berlin the next morning: six hours, but two dates.
        var input = Valid with { Day1Start = Utc.At("2027-02-16T19:00Z"), Day1End = Utc.At("2027-02-17T01:00Z") };

        var problems = AssertProblems(input);

        Assert.Contains(problems, p => p.Field == nameof(Schedule.Day1End));
    }

    [Fact]
    public void A_second_day_without_an_end_is_refused()
    {
        var input = Valid with { Day2End = null };

        var problem = AssertSingleProblem(input);

        Assert.Equal(nameof(Schedule.Day2End), problem.Field);
    }

    [Fact]
    public void A_second_day_end_without_a_start_is_refused()
    {
        var input = Valid with { Day2Start = null };

        Assert.Equal(nameof(Schedule.Day2End), AssertSingleProblem(input).Field);
    }

    [Fact]
    public void A_second_day_before_the_first_is_refused()
    {
        var input = Valid with { Day2Start = Valid.Day1Start.AddDays(-1), Day2End = Valid.Day1End.AddDays(-1) };

        var problem = AssertSingleProblem(input);

        Assert.Equal(nameof(Schedule.Day2Start), problem.Field);
    }

    [Fact]
    public void A_second_day_on_the_same_date_as_the_first_is_refused()
    {
        var input = Valid with { Day2Start = Valid.Day1End.AddHours(1), Day2End = Valid.Day1End.AddHours(2) };

        Assert.Equal(nameof(Schedule.Day2Start), AssertSingleProblem(input).Field);
    }

    [Fact]
    public void A_second_day_more_than_fourteen_days_after_the_first_is_refused_but_fourteen_is_fine()
    {
        var fourteen = Valid with { Day2Start = Valid.Day1Start.AddDays(14), Day2End = Valid.Day1End.AddDays(14), FollowUpDue = Valid.FollowUpDue.AddDays(14) };
        var fifteen = Valid with { Day2Start = Valid.Day1Start.AddDays(15), Day2End = Valid.Day1End.AddDays(15), FollowUpDue = Valid.FollowUpDue.AddDays(15) };

        Assert.Equal(2, fourteen.Build().DayCount);
        Assert.Equal(nameof(Schedule.Day2Start), AssertSingleProblem(fifteen).Field);
    }

    [Fact]
    public void A_one_day_schedule_is_valid()
    {
        var s = (Valid with { Day2Start = null, Day2End = null }).Build();

        Assert.Equal(1, s.DayCount);
    }

    [Fact]
    public void All_problems_are_reported_at_once_with_their_fields()
    {
        var input = Valid with
        {
            ModelsDue = Valid.ReviewDue.AddDays(1), // after QA
            Day1End = Valid.Day1Start.AddHours(-2), // end before start
            Day2End = null, // second day without end
            FollowUpDue = Valid.Day1Start.AddHours(-3), // before the (shortened) workshop day ends
        };

        var problems = AssertProblems(input);

        Assert.Equal(
            [nameof(Schedule.ReviewDue), nameof(Schedule.Day1End), nameof(Schedule.Day2End), nameof(Schedule.FollowUpDue)],
            problems.Select(p => p.Field));
    }

    [Fact]
    public void The_violation_names_the_first_field_and_its_message_lists_every_problem()
    {
        var input = Valid with { VotingCloses = Valid.TopicCollectionOpens.AddHours(-1), PreReadOut = Valid.Day1Start.AddDays(1) };

        var violation = AssertBrokenRule<ScheduleMustBeConsistentRule>(() => input.Build());

        var scheduleViolation = Assert.IsType<ScheduleViolation>(violation);
        Assert.Equal(nameof(Schedule.VotingCloses), violation.Field);
        Assert.Equal([nameof(Schedule.VotingCloses), nameof(Schedule.Day1Start)], scheduleViolation.Problems.Select(p => p.Field));
        Assert.All(scheduleViolation.Problems, p => Assert.Contains(p.Message, violation.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Messages_are_German_and_show_dates_as_TT_MM_JJJJ()
    {
        var input = Valid with { ModelsDue = Valid.ReviewDue.AddDays(3), FollowUpDue = Valid.Day1Start };

        var problems = AssertProblems(input);

        Assert.All(problems, p =>
        {
            Assert.Contains("muss", p.Message, StringComparison.Ordinal);
            Assert.Matches(GermanDate(), p.Message);
            Assert.DoesNotMatch(IsoDate(), p.Message);
        });
    }

    [Fact]
    public void Dates_entered_with_an_offset_are_stored_as_the_same_instant_in_UTC()
    {
        var berlin = TimeSpan.FromHours(1);
        var input = Valid with { Day1Start = Valid.Day1Start.ToOffset(berlin) };

        var s = input.Build();

        Assert.Equal(TimeSpan.Zero, s.Day1Start.Offset);
        Assert.Equal(Utc.At("2027-02-16T08:00Z").UtcDateTime, s.Day1Start.UtcDateTime);
    }

    [Fact]
    public void Same_until_workshop_end_ignores_only_the_follow_up_deadline()
    {
        var s = Valid.Build();

        Assert.True(s.SameUntilWorkshopEnd((Valid with { FollowUpDue = Valid.FollowUpDue.AddDays(3) }).Build()));
        Assert.False(s.SameUntilWorkshopEnd((Valid with { TopicCollectionOpens = Valid.TopicCollectionOpens.AddDays(-1) }).Build()));
        Assert.False(s.SameUntilWorkshopEnd((Valid with { Day2End = Valid.Day2End!.Value.AddHours(-1) }).Build()));
    }

    private static ScheduleProblem AssertSingleProblem(ScheduleBuilder input) => Assert.Single(AssertProblems(input));

    private static IReadOnlyList<ScheduleProblem> AssertProblems(ScheduleBuilder input)
    {
        var violation = AssertBrokenRule<ScheduleMustBeConsistentRule>(() => input.Build());
        var problems = Assert.IsType<ScheduleViolation>(violation).Problems;
        Assert.NotEmpty(problems);
        Assert.Equal(problems[0].Field, violation.Field);
        return problems;
    }

    [GeneratedRegex(@"\b\d{2}\.\d{2}\.\d{4}\b")]
    private static partial Regex GermanDate();

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}")]
    private static partial Regex IsoDate();
}
