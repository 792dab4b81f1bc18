namespace Werkstatt.Service.Notifications;

/// <summary>An attachment resolved for sending: file name, MIME type and bytes.</summary>
public sealed record MailAttachment(string FileName, string ContentType, byte[] Content);
