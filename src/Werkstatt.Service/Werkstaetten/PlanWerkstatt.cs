using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Network;

namespace Werkstatt.Service.Werkstaetten;

/// <summary>Plan a Werkstatt from its first day; every other date comes from the network's template.</summary>
public sealed record PlanWerkstatt(
    NetworkId NetworkId,
    string? Title,
    DateOnly FirstDay,
    int? Days,
    WorkshopFormat Format,
    string? MeetingUrl,
    string? Address);
