namespace Werkstatt.Service.Notifications;

/// <summary>
/// One e-mail to one recipient, written in the same transaction as its cause. <see cref="IdempotencyKey"/>
/// (recipient, reason, object, version) is unique, so the same cause never makes a second row; <see cref="MessageId"/>
/// is fixed at creation, so a message that had to be sent again carries the same Message-ID.
/// </summary>
public sealed class OutboxMessage
{
    public const int KeyMaxLength = 300;
    public const int AddressMaxLength = 254;
    public const int NameMaxLength = 200;
    public const int ReasonMaxLength = 100;
    public const int SubjectMaxLength = 300;
    public const int ErrorMaxLength = 2000;
    public const int LinkMaxLength = 2000;

    public Guid Id { get; set; }

    public string IdempotencyKey { get; set; } = string.Empty;

    /// <summary>With angle brackets, e.g. <c>&lt;0192…@werkstatt.localhost&gt;</c>.</summary>
    public string MessageId { get; set; } = string.Empty;

    public Guid NetworkId { get; set; }

    public Guid? WerkstattId { get; set; }

    public Guid? PersonId { get; set; }

    /// <summary>Why it is sent, e.g. <c>Reminder.VotingCloses.-2d</c> or <c>Digest</c>.</summary>
    public string Reason { get; set; } = string.Empty;

    public string ToAddress { get; set; } = string.Empty;

    public string ToName { get; set; } = string.Empty;

    public string Subject { get; set; } = string.Empty;

    public string TextBody { get; set; } = string.Empty;

    public string HtmlBody { get; set; } = string.Empty;

    /// <summary>The deep link the mail points to (also listed in a digest).</summary>
    public string? Link { get; set; }

    public OutboxStatus Status { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When it was meant to go out; the dispatch lag is measured from here.</summary>
    public DateTimeOffset DueAt { get; set; }

    public DateTimeOffset NextAttemptAt { get; set; }

    public int Attempts { get; set; }

    public string? ClaimedBy { get; set; }

    public DateTimeOffset? ClaimedUntil { get; set; }

    public DateTimeOffset? SentAt { get; set; }

    public string? LastError { get; set; }

    /// <summary>
    /// The iTIP method (REQUEST, CANCEL) when the message carries an invitation; the transport then adds
    /// <see cref="CalendarBody"/> as the text/calendar part and as an .ics attachment (iMIP, RFC 6047).
    /// </summary>
    public string? CalendarMethod { get; set; }

    /// <summary>The VCALENDAR (CRLF line ends) of an invitation.</summary>
    public string? CalendarBody { get; set; }

    /// <summary>The digest message that carried this one (status <see cref="OutboxStatus.Digested"/>).</summary>
    public Guid? DigestId { get; set; }
}
