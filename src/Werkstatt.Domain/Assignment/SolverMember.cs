using Werkstatt.Domain.Network;

namespace Werkstatt.Domain.Assignment;

/// <summary>A member as the solver sees it: level, capacity for this Werkstatt, load over the last Werkstätten, processes it runs (null: all).</summary>
public sealed record SolverMember(string Id, MemberLevel Level, int Capacity, int HistoryAssigned, int HistoryOffered, IReadOnlySet<string>? Runs = null);
