namespace Werkstatt.Service.Notifications;

/// <summary>What to attach to a notification: a file another feature keeps (resolved by the source registered under <see cref="Kind"/>).</summary>
public sealed record AttachmentReference(string Kind, Guid ReferenceId, string FileName, string ContentType);
