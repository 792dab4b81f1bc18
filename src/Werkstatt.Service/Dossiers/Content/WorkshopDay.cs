namespace Werkstatt.Service.Dossiers.Content;

/// <summary>One workshop day (UTC instants; shown in Berlin time).</summary>
public sealed record WorkshopDay(DateTimeOffset Start, DateTimeOffset End);
