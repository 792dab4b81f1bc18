using Werkstatt.Domain.Network;

namespace Werkstatt.Domain.Assignment;

/// <summary>
/// A member as the solver sees it: its level, the capacity it declared for this Werkstatt and its load over the
/// previous Werkstätten of the fairness window (<paramref name="HistoryAssigned"/> of <paramref name="HistoryOffered"/>).
/// When <paramref name="Runs"/> is given, the member is eligible only for those process ids (others in it are ignored).
/// </summary>
public sealed record SolverMember(string Id, MemberLevel Level, int Capacity, int HistoryAssigned, int HistoryOffered, IReadOnlySet<string>? Runs = null);
