namespace Werkstatt.Tests.Shared;

/// <summary>One message as the SMTP sink received and decoded it.</summary>
public sealed record ReceivedMail(
    string EnvelopeFrom,
    IReadOnlyList<string> EnvelopeTo,
    string To,
    string From,
    string Subject,
    string MessageId,
    string AutoSubmitted,
    string ContentType,
    string? Text,
    string? Html,
    string? Calendar = null,
    string? CalendarMethod = null,
    IReadOnlyList<string>? Attachments = null,
    IReadOnlyList<string>? Parts = null,
    IReadOnlyList<string>? AttachmentFiles = null);
