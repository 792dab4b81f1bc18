using System.ComponentModel.DataAnnotations;

namespace Werkstatt.Service.Notifications;

/// <summary>How long the text of sent mails is kept (<c>Mail:KeepSentBodiesFor</c>, default 90 days); address, subject and state stay.</summary>
public sealed class SentMailRetentionOptions
{
    public const string SectionName = "Mail";

    [Range(typeof(TimeSpan), "1.00:00:00", "3650.00:00:00", ErrorMessage = "Mail:KeepSentBodiesFor muss zwischen 1 und 3650 Tagen liegen.")]
    public TimeSpan KeepSentBodiesFor { get; set; } = TimeSpan.FromDays(90);
}
