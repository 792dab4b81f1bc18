namespace Werkstatt.Service.WorkshopNotes;

/// <summary>An action item as a form or request sends it: what, which member, until when (Berlin date).</summary>
public sealed record ActionItemInput(string? Text, Guid? Owner, DateOnly? Due);
