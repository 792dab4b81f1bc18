namespace Werkstatt.Service.Notifications;

/// <summary>Where one outbox message stands. Stored as text.</summary>
public enum OutboxStatus
{
    /// <summary>Waiting to be sent at <see cref="OutboxMessage.NextAttemptAt"/>.</summary>
    Pending,

    /// <summary>Claimed by a dispatcher until <see cref="OutboxMessage.ClaimedUntil"/>; a claim that runs out is taken again.</summary>
    Sending,

    /// <summary>The mail server (or the pickup directory) accepted it.</summary>
    Sent,

    /// <summary>Every attempt failed; the coordinator sees it and may send it again.</summary>
    Failed,

    /// <summary>Kept for the recipient's daily digest instead of being sent alone.</summary>
    Held,

    /// <summary>Went out as part of a daily digest.</summary>
    Digested,

    /// <summary>Not sent because its cause went away (the Werkstatt was cancelled).</summary>
    Cancelled,
}
