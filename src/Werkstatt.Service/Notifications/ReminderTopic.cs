namespace Werkstatt.Service.Notifications;

/// <summary>The kinds of notification a person can switch on or off.</summary>
public enum ReminderTopic
{
    Voting,
    Modelling,
    Review,
    Workshop,
    FollowUp,
    Escalation,
}
