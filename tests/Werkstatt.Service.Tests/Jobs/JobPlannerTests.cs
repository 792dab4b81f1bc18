using Werkstatt.Domain.Calendar;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Network;
using Werkstatt.Service.Jobs;
using WerkstattAggregate = Werkstatt.Domain.Cycle.Werkstatt;

namespace Werkstatt.Service.Tests.Jobs;

public sealed class JobPlannerTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 21, 10, 0, 0, TimeSpan.Zero);
    private static readonly HashSet<MilestoneKind> CloseVoting = [MilestoneKind.VotingCloses];
    private static readonly Network Network = Network.Create("Netz", FederalState.Hessen, Now);

    [Fact]
    public void A_werkstatt_in_voting_gets_every_reminder_deadline_and_escalation_of_the_defaults()
    {
        var werkstatt = InPhase(Phase.Voting);
        var names = JobPlanner.Plan(werkstatt, ReminderSettings.Defaults(Network.Id.Value), CloseVoting, Now).Select(s => s.Name).ToList();
        Assert.Equal(
            [
                "Reminder.VotingCloses.2d", "Deadline.VotingCloses", "Reminder.ModelsDue.7d", "Reminder.ModelsDue.2d", "Escalation.ModelsDue.1d",
                "Reminder.ReviewDue.3d", "Escalation.ReviewDue.1d", "Reminder.WorkshopDay1.7d", "Reminder.WorkshopDay1.1d",
                "Reminder.FollowUpDue.2d", "Escalation.FollowUpDue.1d",
            ],
            names);
    }

    [Fact]
    public void Reminders_fire_the_given_days_before_and_escalations_after_the_deadline()
    {
        var werkstatt = InPhase(Phase.Modelling);
        var steps = JobPlanner.Plan(werkstatt, ReminderSettings.Defaults(Network.Id.Value), CloseVoting, Now);
        Assert.Equal(werkstatt.Schedule.ModelsDue.AddDays(-7), steps.Single(s => s.Name == "Reminder.ModelsDue.7d").FireAt);
        Assert.Equal(werkstatt.Schedule.ModelsDue.AddDays(1), steps.Single(s => s.Name == "Escalation.ModelsDue.1d").FireAt);
        Assert.DoesNotContain(steps, s => s.Milestone == MilestoneKind.VotingCloses);
    }

    [Fact]
    public void Of_the_reminders_already_past_only_the_latest_is_kept_and_none_once_the_deadline_passed()
    {
        var werkstatt = InPhase(Phase.Modelling);
        var settings = ReminderSettings.Defaults(Network.Id.Value);
        var oneDayBefore = werkstatt.Schedule.ModelsDue.AddDays(-1);
        var late = JobPlanner.Plan(werkstatt, settings, CloseVoting, oneDayBefore).Where(s => s.Milestone == MilestoneKind.ModelsDue).Select(s => s.Name);
        Assert.Equal(["Reminder.ModelsDue.2d", "Escalation.ModelsDue.1d"], late);

        var after = JobPlanner.Plan(werkstatt, settings, CloseVoting, werkstatt.Schedule.ModelsDue.AddHours(1)).Where(s => s.Milestone == MilestoneKind.ModelsDue).Select(s => s.Name);
        Assert.Equal(["Escalation.ModelsDue.1d"], after);
    }

    [Fact]
    public void Work_that_is_done_and_a_closed_werkstatt_have_no_jobs()
    {
        var settings = ReminderSettings.Defaults(Network.Id.Value);
        var review = JobPlanner.Plan(InPhase(Phase.QualityReview), settings, CloseVoting, Now);
        Assert.DoesNotContain(review, s => s.Milestone is MilestoneKind.VotingCloses or MilestoneKind.ModelsDue);

        var cancelled = InPhase(Phase.Voting);
        cancelled.Cancel("Kein Bedarf", Now);
        Assert.Empty(JobPlanner.Plan(cancelled, settings, CloseVoting, Now));
    }

    [Fact]
    public void Network_settings_change_the_offsets_and_zero_escalation_days_switch_escalation_off()
    {
        var settings = ReminderSettings.Defaults(Network.Id.Value);
        settings.ModellingDays = "14";
        settings.EscalationDays = 0;
        var steps = JobPlanner.Plan(InPhase(Phase.Modelling), settings, CloseVoting, Now);
        Assert.Contains(steps, s => s.Name == "Reminder.ModelsDue.14d");
        Assert.DoesNotContain(steps, s => s.Kind == StepKind.Escalation);
        Assert.Throws<FormatException>(() => ReminderSettings.ParseDays("7, zwei"));
    }

    [Fact]
    public void Moving_a_deadline_changes_the_version_so_new_reminders_are_new_messages()
    {
        var step = new JobStep(StepKind.Reminder, MilestoneKind.VotingCloses, 2, new DateTimeOffset(2027, 1, 5, 22, 59, 0, TimeSpan.Zero));
        var moved = step with { MilestoneAt = step.MilestoneAt.AddDays(3) };
        Assert.Equal(step.Name, moved.Name);
        Assert.NotEqual(step.Version, moved.Version);
    }

    [Fact]
    public void The_demo_werkstatt_in_voting_closes_at_the_given_time_and_its_reminder_is_due_at_once()
    {
        var werkstatt = JobPlanning.InVoting(Network, "Demo", Venue.Online("https://m.example/d"), Now, TimeSpan.FromMinutes(2));
        Assert.Equal(Phase.Voting, werkstatt.Phase);
        Assert.Equal(Now.AddMinutes(2), werkstatt.Schedule.VotingCloses);
        var steps = JobPlanner.Plan(werkstatt, ReminderSettings.Defaults(Network.Id.Value), CloseVoting, Now);
        Assert.True(steps.Single(s => s.Name == "Reminder.VotingCloses.2d").FireAt <= Now);
        Assert.Equal(Now.AddMinutes(2), steps.Single(s => s.Name == "Deadline.VotingCloses").FireAt);
    }

    private static WerkstattAggregate InPhase(Phase phase)
    {
        var werkstatt = WerkstattAggregate.Plan(Network.Id, "W", Schedule.FromTemplate(Network.Template, new DateOnly(2027, 3, 16)), Venue.Online("https://m.example/w"), Now);
        foreach (var next in Phases.Sequence.Skip(1).TakeWhile(p => p <= phase))
        {
            werkstatt.MoveTo(next, next >= Phase.Workshop ? werkstatt.Schedule.LastDayEnd : Now, facts: new CycleFacts(true, 1, true));
        }

        return werkstatt;
    }
}
