using Werkstatt.Domain.Assignment;
using Werkstatt.Domain.Network;

namespace Werkstatt.Domain.Tests.Assignment;

/// <summary>Seeded random assignment problems with valid claims, from tiny (for enumeration) to a few hundred members.</summary>
public static class RandomProblems
{
    private static readonly MemberLevel[] AllLevels = [MemberLevel.Kreis, MemberLevel.Stadt, MemberLevel.Gemeinde];
    private static readonly Bid[] AllBids = [Bid.Want, Bid.Can, Bid.RatherNot, Bid.NotApplicable];

    /// <summary>2–5 members, 1–4 processes: small enough to enumerate every assignment.</summary>
    public static AssignmentProblem Small(int seed)
    {
        var random = new Random(seed);
        return Create(random, random.Next(2, 6), random.Next(1, 5), maxHistory: 8, bidShare: 0.3 + (0.7 * random.NextDouble()));
    }

    /// <summary>
    /// Small instances built for trade-offs between the objective levels: capacity 1, single slots, most bids
    /// "rather not", a few "want"s, restricted runs – so a want often costs several "rather not"s elsewhere.
    /// </summary>
    public static AssignmentProblem TradeOffs(int seed)
    {
        var random = new Random(seed);
        var processes = Enumerable.Range(0, random.Next(3, 6)).Select(p => new SolverProcess($"p{p}", 1, AllLevels.ToHashSet(), false)).ToList();
        var members = Enumerable.Range(0, random.Next(3, 6)).Select(m => new SolverMember(
            $"m{m}",
            MemberLevel.Stadt,
            random.Next(1, 3),
            random.Next(0, 5),
            random.Next(0, 5),
            processes.Where(_ => random.NextDouble() < 0.5).Select(p => p.Id).ToHashSet(StringComparer.Ordinal))).ToList();
        var bids = (from m in members from p in processes let roll = random.NextDouble()
                    select new SolverBid(m.Id, p.Id, roll < 0.15 ? Bid.Want : roll < 0.75 ? Bid.RatherNot : Bid.Can)).ToList();
        return new AssignmentProblem(members, processes, bids, []);
    }

    public static AssignmentProblem Create(Random random, int memberCount, int processCount, int maxHistory = 12, double bidShare = 0.5, double claimShare = 0.3)
    {
        ArgumentNullException.ThrowIfNull(random);
        var processes = new List<SolverProcess>();
        for (var p = 0; p < processCount; p++)
        {
            var levels = AllLevels.Where(_ => random.NextDouble() < 0.7).ToHashSet();
            if (levels.Count == 0 && random.NextDouble() < 0.8)
            {
                levels.Add(AllLevels[random.Next(3)]);
            }

            processes.Add(new SolverProcess($"p{p}", random.Next(1, 3), levels, random.NextDouble() < 0.4));
        }

        var members = new List<SolverMember>();
        for (var m = 0; m < memberCount; m++)
        {
            var assigned = random.Next(0, maxHistory + 1);
            var offered = random.NextDouble() < 0.9 ? assigned + random.Next(0, maxHistory + 1) : random.Next(0, maxHistory + 1);
            HashSet<string>? runs = null;
            if (random.NextDouble() < 0.5)
            {
                runs = processes.Where(_ => random.NextDouble() < 0.6).Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
                if (random.NextDouble() < 0.2)
                {
                    runs.Add("anderswo");
                }
            }

            var level = random.NextDouble() < 0.35 ? MemberLevel.Kreis : AllLevels[random.Next(1, 3)];
            members.Add(new SolverMember($"m{m}", level, random.Next(0, 4), assigned, offered, runs));
        }

        var bids = new List<SolverBid>();
        foreach (var member in members)
        {
            foreach (var process in processes.Where(_ => random.NextDouble() < bidShare))
            {
                bids.Add(new SolverBid(member.Id, process.Id, AllBids[random.Next(AllBids.Length)]));
            }
        }

        var problem = new AssignmentProblem(members, processes, bids, []);
        return problem with { Claims = ValidClaims(random, problem, claimShare) };
    }

    /// <summary>Random claims that keep every hard constraint (checked here independently of the solver).</summary>
    public static List<SolverClaim> ValidClaims(Random random, AssignmentProblem problem, double share)
    {
        ArgumentNullException.ThrowIfNull(random);
        ArgumentNullException.ThrowIfNull(problem);
        var claims = new List<SolverClaim>();
        var attempts = (int)Math.Ceiling(problem.Members.Count * problem.Processes.Count * share / 2);
        for (var i = 0; i < attempts; i++)
        {
            var member = problem.Members[random.Next(problem.Members.Count)];
            var process = problem.Processes[random.Next(problem.Processes.Count)];
            var onProcess = claims.Where(c => c.Process == process.Id).Select(c => problem.Members.Single(m => m.Id == c.Member)).ToList();
            var ok = Reference.Eligible(problem, member, process)
                && claims.Count(c => c.Member == member.Id) < member.Capacity
                && onProcess.Count < process.Slots
                && onProcess.All(m => m.Id != member.Id)
                && !(Reference.IsSplit(process) && onProcess.Count == 1 && Reference.IsTown(onProcess[0].Level) == Reference.IsTown(member.Level));
            if (ok)
            {
                claims.Add(new SolverClaim(member.Id, process.Id));
            }
        }

        return claims;
    }

    /// <summary>The same problem with members, processes, bids, claims and every set in another order.</summary>
    public static AssignmentProblem Shuffled(AssignmentProblem problem, int seed)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var random = new Random(seed);
        T[] Mix<T>(IEnumerable<T> items) => [.. items.OrderBy(_ => random.Next())];
        return new AssignmentProblem(
            Mix(problem.Members.Select(m => m with { Runs = m.Runs is null ? null : Mix(m.Runs).ToHashSet(StringComparer.Ordinal) })),
            Mix(problem.Processes.Select(p => p with { Levels = Mix(p.Levels).ToHashSet() })),
            Mix(problem.Bids),
            Mix(problem.Claims));
    }
}
