namespace Werkstatt.Service.Notifications;

/// <summary>The content of one mail: subject, plain text and HTML, and the link to the task both carry.</summary>
public sealed record NotificationMail(string Subject, string Text, string Html, string? Link);
