using Werkstatt.Domain.Assignment;

namespace Werkstatt.Domain.Tests.Assignment;

/// <summary>Tries every feasible way to fill the open slots and keeps the lexicographically best objective.</summary>
public static class BruteForceSolver
{
    public static AssignmentObjective Best(AssignmentProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var load = problem.Members.ToDictionary(m => m.Id, m => problem.Claims.Count(c => c.Member == m.Id));
        var pairs = problem.Claims.Select(c => (c.Member, c.Process)).ToList();
        AssignmentObjective? best = null;
        Search(problem, 0, load, pairs, ref best);
        return best!;
    }

    private static void Search(AssignmentProblem problem, int index, Dictionary<string, int> load, List<(string Member, string Process)> pairs, ref AssignmentObjective? best)
    {
        if (index == problem.Processes.Count)
        {
            var objective = Reference.Objective(problem, pairs);
            if (best is null || Reference.Compare(objective, best) < 0)
            {
                best = objective;
            }

            return;
        }

        var process = problem.Processes[index];
        var claimed = problem.Claims.Where(c => c.Process == process.Id).Select(c => c.Member).ToList();
        var candidates = problem.Members
            .Where(m => !claimed.Contains(m.Id) && Reference.Eligible(problem, m, process) && load[m.Id] < m.Capacity)
            .ToList();
        var open = process.Slots - claimed.Count;
        foreach (var chosen in Subsets(candidates, open))
        {
            var team = claimed.Select(id => problem.Members.Single(m => m.Id == id)).Concat(chosen).ToList();
            if (Reference.IsSplit(process) && team.Count == 2 && Reference.IsTown(team[0].Level) == Reference.IsTown(team[1].Level))
            {
                continue;
            }

            foreach (var member in chosen)
            {
                load[member.Id]++;
                pairs.Add((member.Id, process.Id));
            }

            Search(problem, index + 1, load, pairs, ref best);
            foreach (var member in chosen)
            {
                load[member.Id]--;
                pairs.RemoveAt(pairs.Count - 1);
            }
        }
    }

    private static IEnumerable<List<SolverMember>> Subsets(List<SolverMember> candidates, int maxSize)
    {
        yield return [];
        if (maxSize >= 1)
        {
            for (var i = 0; i < candidates.Count; i++)
            {
                yield return [candidates[i]];
                if (maxSize >= 2)
                {
                    for (var j = i + 1; j < candidates.Count; j++)
                    {
                        yield return [candidates[i], candidates[j]];
                    }
                }
            }
        }
    }
}
