using Werkstatt.Domain.Cycle;
using Werkstatt.Service.Notifications;

namespace Werkstatt.Service.Jobs;

/// <summary>Which phase's work a milestone ends, and so whether reminders for it still make sense.</summary>
public static class MilestoneWork
{
    /// <summary>The milestones whose work can be overdue and is then escalated.</summary>
    public static readonly IReadOnlyList<MilestoneKind> Escalated = [MilestoneKind.ModelsDue, MilestoneKind.ReviewDue, MilestoneKind.FollowUpDue];

    public static Phase? PhaseOf(MilestoneKind milestone) => milestone switch
    {
        MilestoneKind.VotingCloses => Phase.Voting,
        MilestoneKind.AssignmentConfirmed => Phase.Assignment,
        MilestoneKind.ModelsDue => Phase.Modelling,
        MilestoneKind.ReviewDue => Phase.QualityReview,
        MilestoneKind.WorkshopDay1 => Phase.Workshop,
        MilestoneKind.FollowUpDue => Phase.FollowUp,
        _ => null,
    };

    /// <summary>True while the Werkstatt has not yet moved past the milestone's phase (and is not closed).</summary>
    public static bool IsOpen(Phase current, MilestoneKind milestone)
    {
        if (current is Phase.Published or Phase.Cancelled || PhaseOf(milestone) is not { } work)
        {
            return false;
        }

        return Order(current) <= Order(work);
    }

    public static ReminderTopic Topic(MilestoneKind milestone) => milestone switch
    {
        MilestoneKind.VotingCloses => ReminderTopic.Voting,
        MilestoneKind.ModelsDue or MilestoneKind.AssignmentConfirmed => ReminderTopic.Modelling,
        MilestoneKind.ReviewDue => ReminderTopic.Review,
        MilestoneKind.WorkshopDay1 or MilestoneKind.WorkshopDay2 or MilestoneKind.PreReadOut => ReminderTopic.Workshop,
        _ => ReminderTopic.FollowUp,
    };

    /// <summary>The reminder offsets (days before) a network configured for the milestone.</summary>
    public static IReadOnlyList<int> ReminderDays(ReminderSettings settings, MilestoneKind milestone)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var text = milestone switch
        {
            MilestoneKind.VotingCloses => settings.VotingDays,
            MilestoneKind.ModelsDue => settings.ModellingDays,
            MilestoneKind.ReviewDue => settings.ReviewDays,
            MilestoneKind.WorkshopDay1 => settings.WorkshopDays,
            MilestoneKind.FollowUpDue => settings.FollowUpDays,
            _ => null,
        };
        return ReminderSettings.ParseDays(text);
    }

    // The enum lists the phases in cycle order (Cancelled, last, is excluded above).
    private static int Order(Phase phase) => (int)phase;
}
