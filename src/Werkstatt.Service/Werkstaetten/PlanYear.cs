using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Network;

namespace Werkstatt.Service.Werkstaetten;

/// <summary>Plan the four quarterly Werkstätten of a year at once.</summary>
public sealed record PlanYear(NetworkId NetworkId, int Year, WorkshopFormat Format, string? MeetingUrl, string? Address);
