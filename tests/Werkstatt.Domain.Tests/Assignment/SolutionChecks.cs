using Werkstatt.Domain.Assignment;
using Werkstatt.Domain.Network;

namespace Werkstatt.Domain.Tests.Assignment;

/// <summary>Every hard constraint and bookkeeping promise of a solution, checked against the problem.</summary>
public static class SolutionChecks
{
    public static void AssertValid(AssignmentProblem problem, AssignmentSolution solution, string context = "")
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(solution);
        var members = problem.Members.ToDictionary(m => m.Id);
        var processes = problem.Processes.ToDictionary(p => p.Id);
        var claims = problem.Claims.Select(c => (c.Member, c.Process)).ToHashSet();
        var pairs = solution.Assignments.Select(a => (a.Member, a.Process)).ToList();

        Assert.True(pairs.Count == pairs.Distinct().Count(), $"{context}: a member is twice on one process");
        Assert.True(claims.SetEquals(solution.Assignments.Where(a => a.Source == AssignmentSource.Claim).Select(a => (a.Member, a.Process))), $"{context}: claims were changed");
        foreach (var assignment in solution.Assignments)
        {
            var member = members[assignment.Member];
            var process = processes[assignment.Process];
            Assert.True(Reference.Eligible(problem, member, process), $"{context}: {member.Id} is not eligible for {process.Id}");
            var prefix = $"{member.Level.GermanName()} {member.Id}: ";
            Assert.StartsWith(prefix, assignment.Reason, StringComparison.Ordinal);
            Assert.Equal(assignment.Source == AssignmentSource.Claim, assignment.Reason == prefix + "selbst gemeldet");
        }

        foreach (var member in problem.Members)
        {
            Assert.True(pairs.Count(x => x.Member == member.Id) <= member.Capacity, $"{context}: {member.Id} is over its capacity");
        }

        foreach (var process in problem.Processes)
        {
            var team = pairs.Where(x => x.Process == process.Id).Select(x => members[x.Member]).ToList();
            Assert.True(team.Count <= process.Slots, $"{context}: {process.Id} has too many modellers");
            if (Reference.IsSplit(process) && team.Count == 2)
            {
                Assert.True(Reference.IsTown(team[0].Level) != Reference.IsTown(team[1].Level), $"{context}: crossing {process.Id} lacks a Kreis or a town");
            }

            var unfilled = solution.Unfilled.Where(u => u.Process == process.Id).Sum(u => u.Slots);
            Assert.True(team.Count + unfilled == process.Slots, $"{context}: {process.Id} filled {team.Count} + unfilled {unfilled} ≠ {process.Slots}");
            if (unfilled > 0)
            {
                // Maximality, necessary part: nobody who could still take an empty slot has capacity left.
                var free = problem.Members.Where(m => Reference.Eligible(problem, m, process)
                    && team.All(t => t.Id != m.Id)
                    && pairs.Count(x => x.Member == m.Id) < m.Capacity
                    && (!Reference.IsSplit(process) || team.Count == 0 || Reference.IsTown(team[0].Level) != Reference.IsTown(m.Level)));
                Assert.True(!free.Any(), $"{context}: {process.Id} stays empty although {string.Join(", ", free.Select(m => m.Id))} could take it");
            }
        }

        Assert.All(solution.Unfilled, u => Assert.False(string.IsNullOrWhiteSpace(u.Reason)));
        Assert.Equal(Reference.Objective(problem, pairs), solution.Objective);
    }
}
