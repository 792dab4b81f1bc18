using Werkstatt.Domain.Cycle;

namespace Werkstatt.Service.Werkstaetten;

/// <summary>New title, dates and place of a Werkstatt, based on the version the user saw.</summary>
public sealed record UpdateWerkstatt(string Title, ScheduleInput Schedule, WorkshopFormat Format, string? MeetingUrl, string? Address, int? Version);
