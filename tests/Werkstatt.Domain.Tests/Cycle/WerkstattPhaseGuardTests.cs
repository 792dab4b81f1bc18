using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Cycle.Rules;
using Werkstatt.Domain.Tests.Support;
using Werkstatt.Domain.Network;
using static Werkstatt.Domain.Tests.Support.RuleAssert;
using WerkstattAggregate = Werkstatt.Domain.Cycle.Werkstatt;

namespace Werkstatt.Domain.Tests.Cycle;

/// <summary>
/// Date guards of the cycle. The test Werkstatt's voting closes 08.12.2026 23:59 Berlin (22:59 UTC);
/// its days are Tue 16.02.2027 and Wed 17.02.2027 (winter time, Berlin = UTC+1).
/// </summary>
public class WerkstattPhaseGuardTests
{
    [Theory]
    [InlineData(Phase.Draft, Phase.TopicCollection)]
    [InlineData(Phase.TopicCollection, Phase.Voting)]
    public void Topic_collection_and_voting_cannot_open_after_the_voting_deadline(Phase from, Phase to)
    {
        var werkstatt = Werkstaetten.In(from);
        var clock = new ManualTimeProvider(Werkstaetten.VotingCloses);
        clock.Advance(TimeSpan.FromMinutes(1));

        var violation = AssertBrokenRule<VotingDeadlineMustNotHavePassedRule>(() => werkstatt.MoveTo(to, clock.GetUtcNow()));

        Assert.Equal(from, werkstatt.Phase);
        Assert.Contains("08.12.2026, 23:59 Uhr", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Voting_cannot_open_exactly_at_its_deadline()
    {
        var werkstatt = Werkstaetten.In(Phase.TopicCollection);

        AssertBrokenRule<VotingDeadlineMustNotHavePassedRule>(() => werkstatt.MoveTo(Phase.Voting, Werkstaetten.VotingCloses));
    }

    [Fact]
    public void Voting_can_open_a_minute_before_its_deadline()
    {
        var werkstatt = Werkstaetten.In(Phase.TopicCollection);

        werkstatt.MoveTo(Phase.Voting, Werkstaetten.VotingCloses.AddMinutes(-1));

        Assert.Equal(Phase.Voting, werkstatt.Phase);
    }

    [Fact]
    public void Process_selection_may_start_after_the_voting_deadline()
    {
        var werkstatt = Werkstaetten.In(Phase.Voting);

        werkstatt.MoveTo(Phase.ProcessSelection, Werkstaetten.VotingCloses.AddDays(30), facts: Werkstaetten.Done);

        Assert.Equal(Phase.ProcessSelection, werkstatt.Phase);
    }

    [Theory]
    [InlineData("2027-02-15T22:59Z")] // 23:59 Berlin on the evening before
    [InlineData("2027-02-10T08:00Z")]
    public void The_workshop_cannot_start_before_its_first_day_in_Berlin(string now)
    {
        var werkstatt = Werkstaetten.In(Phase.PreRead);

        var violation = AssertBrokenRule<WorkshopCannotStartBeforeItsFirstDayRule>(() => werkstatt.MoveTo(Phase.Workshop, Utc.At(now)));

        Assert.Equal(Phase.PreRead, werkstatt.Phase);
        Assert.Contains("16.02.2027", violation.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2027-02-15T23:00Z")] // midnight in Berlin, still the 15th in UTC
    [InlineData("2027-02-15T23:30Z")] // 00:30 Berlin on the first day
    [InlineData("2027-02-16T08:00Z")] // 09:00 Berlin, the planned start
    [InlineData("2027-02-18T09:00Z")] // late is fine
    public void The_workshop_can_start_once_its_first_day_began_in_Berlin(string now)
    {
        var werkstatt = Werkstaetten.In(Phase.PreRead);

        werkstatt.MoveTo(Phase.Workshop, Utc.At(now));

        Assert.Equal(Phase.Workshop, werkstatt.Phase);
    }

    [Fact]
    public void In_summer_time_the_first_day_begins_in_Berlin_at_22_00_UTC_the_evening_before()
    {
        // First day Thursday 10.06.2027: 22:00 UTC on the 9th is midnight Berlin (UTC+2).
        var werkstatt = WerkstattAggregate.Plan(
            NetworkId.New(), "Sommerwerkstatt",
            Schedule.FromTemplate(ScheduleTemplate.Default, new DateOnly(2027, 6, 10)),
            Werkstaetten.OnlineVenue(), Utc.At("2027-02-01T08:00Z"));
        foreach (var phase in Phases.Sequence.Skip(1).TakeWhile(p => p != Phase.Workshop))
        {
            werkstatt.MoveTo(phase, Utc.At("2027-03-20T08:00Z"), facts: Werkstaetten.Done);
        }

        AssertBrokenRule<WorkshopCannotStartBeforeItsFirstDayRule>(() => werkstatt.MoveTo(Phase.Workshop, Utc.At("2027-06-09T21:59Z")));
        werkstatt.MoveTo(Phase.Workshop, Utc.At("2027-06-09T22:00Z"));

        Assert.Equal(Phase.Workshop, werkstatt.Phase);
    }

    [Theory]
    [InlineData("2027-02-16T15:00Z")] // end of the first day
    [InlineData("2027-02-16T22:59Z")] // 23:59 Berlin, still the first of two days
    public void Follow_up_cannot_start_before_the_last_workshop_day(string now)
    {
        var werkstatt = Werkstaetten.In(Phase.Workshop);

        var violation = AssertBrokenRule<FollowUpCannotStartBeforeTheLastWorkshopDayRule>(() => werkstatt.MoveTo(Phase.FollowUp, Utc.At(now)));

        Assert.Equal(Phase.Workshop, werkstatt.Phase);
        Assert.Contains("17.02.2027", violation.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2027-02-16T23:00Z")] // midnight Berlin: the last day (17.02.) has begun, as the message promises
    [InlineData("2027-02-17T08:00Z")]
    [InlineData("2027-02-17T15:00Z")]
    public void Follow_up_can_start_on_the_last_workshop_day_in_Berlin(string now)
    {
        var werkstatt = Werkstaetten.In(Phase.Workshop);

        werkstatt.MoveTo(Phase.FollowUp, Utc.At(now));

        Assert.Equal(Phase.FollowUp, werkstatt.Phase);
    }

    [Fact]
    public void Blockers_list_the_broken_rules_without_throwing_or_changing_anything()
    {
        var werkstatt = Werkstaetten.In(Phase.PreRead);
        var events = werkstatt.DomainEvents.Count;

        var blockers = werkstatt.BlockersFor(Phase.Workshop, Utc.At("2027-02-01T08:00Z"));

        Assert.IsType<WorkshopCannotStartBeforeItsFirstDayRule>(Assert.Single(blockers));
        Assert.All(blockers, b => Assert.True(b.IsBroken()));
        Assert.Equal(Phase.PreRead, werkstatt.Phase);
        Assert.Equal(events, werkstatt.DomainEvents.Count);
    }

    [Fact]
    public void Blockers_are_empty_when_the_move_is_allowed()
    {
        var werkstatt = Werkstaetten.In(Phase.PreRead);

        Assert.Empty(werkstatt.BlockersFor(Phase.Workshop, Utc.At("2027-02-16T07:00Z")));
    }

    [Fact]
    public void Blockers_name_the_order_rule_for_a_skipped_phase()
    {
        var werkstatt = Werkstaetten.Planned();

        var blockers = werkstatt.BlockersFor(Phase.Voting, Werkstaetten.GoodTimeToEnter(Phase.Voting));

        Assert.IsType<PhasesFollowTheCycleInOrderRule>(Assert.Single(blockers));
    }

    [Fact]
    public void Blockers_of_a_published_Werkstatt_name_the_closed_rule_first()
    {
        var werkstatt = Werkstaetten.In(Phase.Published);

        var blockers = werkstatt.BlockersFor(Phase.FollowUp, Werkstaetten.GoodTimeToEnter(Phase.FollowUp));

        Assert.IsType<WerkstattMustNotBeClosedRule>(blockers[0]);
        Assert.Contains(blockers, b => b is PhasesFollowTheCycleInOrderRule);
    }

    [Fact]
    public void Blockers_report_a_passed_voting_deadline_for_topic_collection()
    {
        var werkstatt = Werkstaetten.Planned();

        var blockers = werkstatt.BlockersFor(Phase.TopicCollection, Werkstaetten.VotingCloses.AddDays(1));

        Assert.IsType<VotingDeadlineMustNotHavePassedRule>(Assert.Single(blockers));
        Assert.Equal(Phase.Draft, werkstatt.Phase);
    }
}
