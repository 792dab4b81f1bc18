namespace Werkstatt.Service.Mail;

/// <summary>How mail leaves the system (<c>Mail:Transport</c>).</summary>
public enum MailTransportKind
{
    /// <summary>SMTP when <c>Mail:Smtp:Host</c> is set, otherwise the pickup directory.</summary>
    Auto,

    /// <summary>.eml files in <c>Mail:PickupDirectory</c> (default <c>&lt;DataDirectory&gt;/mail</c>).</summary>
    Pickup,

    /// <summary>An SMTP server (<c>Mail:Smtp:*</c>).</summary>
    Smtp,

    /// <summary>
    /// Microsoft Graph <c>sendMail</c> from the organizer mailbox of the message's network (<c>Microsoft365:Networks</c>);
    /// mail of other networks goes by SMTP when <c>Mail:Smtp:Host</c> is set, else into the pickup directory.
    /// </summary>
    Graph,
}
