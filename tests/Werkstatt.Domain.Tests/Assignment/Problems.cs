using Werkstatt.Domain.Assignment;
using Werkstatt.Domain.Network;

namespace Werkstatt.Domain.Tests.Assignment;

/// <summary>Short builders for hand-written assignment problems.</summary>
public static class Problems
{
    public static readonly MemberLevel[] AllLevels = [MemberLevel.Kreis, MemberLevel.Stadt, MemberLevel.Gemeinde];

    public static SolverMember Kreis(string id, int capacity, int assigned = 0, int offered = 0, params string[] runs) => Member(id, MemberLevel.Kreis, capacity, assigned, offered, runs);

    public static SolverMember Stadt(string id, int capacity, int assigned = 0, int offered = 0, params string[] runs) => Member(id, MemberLevel.Stadt, capacity, assigned, offered, runs);

    public static SolverMember Gemeinde(string id, int capacity, int assigned = 0, int offered = 0, params string[] runs) => Member(id, MemberLevel.Gemeinde, capacity, assigned, offered, runs);

    public static SolverProcess Process(string id, int slots = 1, bool crosses = false, params MemberLevel[] levels) =>
        new(id, slots, (levels.Length == 0 ? AllLevels : levels).ToHashSet(), crosses);

    public static SolverBid Says(string member, string process, Bid bid) => new(member, process, bid);

    public static SolverClaim Claim(string member, string process) => new(member, process);

    public static AssignmentProblem Problem(IEnumerable<SolverMember> members, IEnumerable<SolverProcess> processes, IEnumerable<SolverBid>? bids = null, IEnumerable<SolverClaim>? claims = null) =>
        new([.. members], [.. processes], [.. bids ?? []], [.. claims ?? []]);

    /// <summary>The members on each process, as "process: m1, m2" lines in id order.</summary>
    public static string Teams(AssignmentSolution solution) => string.Join(
        " | ",
        solution.Assignments.GroupBy(a => a.Process).Select(g => $"{g.Key}: {string.Join(", ", g.Select(a => a.Member).Order(StringComparer.Ordinal))}"));

    private static SolverMember Member(string id, MemberLevel level, int capacity, int assigned, int offered, string[] runs) =>
        new(id, level, capacity, assigned, offered, runs.Length == 0 ? null : runs.ToHashSet(StringComparer.Ordinal));
}
