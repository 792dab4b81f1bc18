using System.ComponentModel.DataAnnotations;

namespace Werkstatt.Service.Mail;

/// <summary>Sender and transport of notification mails (section <c>Mail</c>).</summary>
public sealed class MailOptions
{
    public const string SectionName = "Mail";

    public MailTransportKind Transport { get; set; } = MailTransportKind.Auto;

    [Required]
    [EmailAddress]
    public string FromAddress { get; set; } = "werkstatt@localhost";

    [Required]
    public string FromName { get; set; } = "Werkstatt";

    /// <summary>Relative paths count from <c>Storage:DataDirectory</c>.</summary>
    [Required]
    public string PickupDirectory { get; set; } = "mail";

    public SmtpOptions Smtp { get; set; } = new();

    public MailTransportKind Effective => Transport == MailTransportKind.Auto
        ? (string.IsNullOrWhiteSpace(Smtp.Host) ? MailTransportKind.Pickup : MailTransportKind.Smtp)
        : Transport;
}
