using Werkstatt.Domain.Calendar;
using Werkstatt.Domain.Network;

namespace Werkstatt.Service.Networks;

/// <summary>New settings for a network, based on the version the user saw.</summary>
public sealed record UpdateNetwork(string Name, FederalState FederalState, ScheduleTemplate Template, int? Version);
