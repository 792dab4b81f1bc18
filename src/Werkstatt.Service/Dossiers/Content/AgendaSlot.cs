namespace Werkstatt.Service.Dossiers.Content;

/// <summary>One item of the timetable (a later agenda feature supplies real slots; until then one per workshop day).</summary>
public sealed record AgendaSlot(DateTimeOffset Start, DateTimeOffset End, string Title, string? Note);
