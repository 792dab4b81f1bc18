using Werkstatt.Service.Notifications;

namespace Werkstatt.Service.Participants;

/// <summary>The latest invitation message to one participant: what (REQUEST/CANCEL), where it stands, the last error.</summary>
public sealed record InvitationDelivery(string Method, OutboxStatus Status, DateTimeOffset CreatedAt, DateTimeOffset? SentAt, string? Error)
{
    public string GermanStatus => Status switch
    {
        OutboxStatus.Sent => Method == "CANCEL" ? "Absage zugestellt" : "Einladung zugestellt",
        OutboxStatus.Failed => "Fehlgeschlagen",
        OutboxStatus.Cancelled => "Nicht gesendet",
        _ => "Wird gesendet",
    };
}
