using System.ComponentModel.DataAnnotations;

namespace Werkstatt.Service.Mail;

/// <summary>The SMTP server (section <c>Mail:Smtp</c>); user and password only from configuration or environment.</summary>
public sealed class SmtpOptions
{
    public string? Host { get; set; }

    [Range(1, 65535)]
    public int Port { get; set; } = 587;

    /// <summary>STARTTLS before authenticating (default on; turn off only for a local relay).</summary>
    public bool StartTls { get; set; } = true;

    public string? User { get; set; }

    public string? Password { get; set; }

    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}
