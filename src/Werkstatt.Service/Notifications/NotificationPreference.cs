namespace Werkstatt.Service.Notifications;

/// <summary>One person's choice of reminders; no row means everything on and no digest.</summary>
public sealed class NotificationPreference
{
    public Guid PersonId { get; set; }

    public bool Voting { get; set; } = true;

    public bool Modelling { get; set; } = true;

    public bool Review { get; set; } = true;

    public bool Workshop { get; set; } = true;

    public bool FollowUp { get; set; } = true;

    public bool Escalation { get; set; } = true;

    /// <summary>Reminders wait for one mail a day instead of going out one by one.</summary>
    public bool DailyDigest { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public bool Wants(ReminderTopic topic) => topic switch
    {
        ReminderTopic.Voting => Voting,
        ReminderTopic.Modelling => Modelling,
        ReminderTopic.Review => Review,
        ReminderTopic.Workshop => Workshop,
        ReminderTopic.FollowUp => FollowUp,
        ReminderTopic.Escalation => Escalation,
        _ => true,
    };
}
