using Werkstatt.Domain.Assignment;
using Werkstatt.Domain.Network;

namespace Werkstatt.Bench;

/// <summary>Seeded assignment problems: one realistic network and national instances of any size.</summary>
public static class AssignmentInstances
{
    private static readonly MemberLevel[] Towns = [MemberLevel.Stadt, MemberLevel.Gemeinde];

    /// <summary>A network like "Prozessmanagement@Niederrhein": 3 Kreise and 12 towns, 12 processes, most members bidding on most processes.</summary>
    public static AssignmentProblem Network(int seed = 7)
    {
        var random = new Random(seed);
        var processes = Enumerable.Range(1, 12).Select(i => new SolverProcess(
            $"P{i:00}",
            random.Next(1, 3),
            i % 4 == 0 ? new HashSet<MemberLevel> { MemberLevel.Kreis } : i % 4 == 1 ? [.. Towns] : [MemberLevel.Kreis, .. Towns],
            i % 4 is 2 or 3)).ToList();
        var members = Enumerable.Range(1, 15).Select(i => new SolverMember(
            $"V{i:00}",
            i <= 3 ? MemberLevel.Kreis : Towns[random.Next(2)],
            random.Next(0, 4),
            random.Next(0, 5),
            random.Next(4, 10))).ToList();
        var bids = members.SelectMany(m => processes.Where(_ => random.NextDouble() < 0.7)
            .Select(p => new SolverBid(m.Id, p.Id, RandomBid(random)))).ToList();
        var claims = new List<SolverClaim> { new(members[0].Id, processes[3].Id), new(members[5].Id, processes[1].Id) };
        return new AssignmentProblem(members, processes, Valid(bids, claims), claims);
    }

    /// <summary>
    /// A national instance: members ≈ 3 % Kreise, 22 % Städte, 75 % Gemeinden with capacity 0–3; processes = members · 2 / 11
    /// needing 1–2 modellers; each member is eligible for a random 10–20 % of the processes (it runs that many of the
    /// processes of its level), bids on 0–5 of them and about 2 % claim one.
    /// </summary>
    public static AssignmentProblem National(int memberCount, int? processCount = null, int seed = 2027)
    {
        var random = new Random(seed);
        var count = processCount ?? Math.Max(1, memberCount * 2 / 11);
        var processes = new List<SolverProcess>(count);
        for (var p = 0; p < count; p++)
        {
            var slots = random.Next(1, 3);
            var kind = random.Next(10);
            IReadOnlySet<MemberLevel> levels = kind < 2 ? new HashSet<MemberLevel> { MemberLevel.Kreis } : kind < 6 ? [.. Towns] : [MemberLevel.Kreis, .. Towns];
            processes.Add(new SolverProcess($"P{p:00000}", slots, levels, kind >= 6 && slots == 2 && random.Next(2) == 0));
        }

        var members = new List<SolverMember>(memberCount);
        var bids = new List<SolverBid>();
        var claims = new List<SolverClaim>();
        var claimed = new Dictionary<string, List<MemberLevel>>(StringComparer.Ordinal);
        var ofLevel = Enum.GetValues<MemberLevel>().ToDictionary(l => l, l => processes.Where(p => p.Levels.Contains(l)).ToArray());
        for (var m = 0; m < memberCount; m++)
        {
            var roll = random.NextDouble();
            var level = roll < 0.03 ? MemberLevel.Kreis : roll < 0.25 ? MemberLevel.Stadt : MemberLevel.Gemeinde;
            var offered = random.Next(0, 13);
            var runs = RandomRuns(random, ofLevel[level], count);
            var member = new SolverMember($"M{m:00000}", level, random.Next(0, 4), random.Next(0, offered + 1), offered, runs.Select(p => p.Id).ToHashSet(StringComparer.Ordinal));
            members.Add(member);
            foreach (var process in runs.OrderBy(_ => random.Next()).Take(random.Next(0, 6)))
            {
                bids.Add(new SolverBid(member.Id, process.Id, RandomBid(random)));
            }

            if (member.Capacity > 0 && runs.Count > 0 && random.NextDouble() < 0.02)
            {
                var process = runs[random.Next(runs.Count)];
                var team = claimed.GetValueOrDefault(process.Id) ?? [];
                var bid = bids.LastOrDefault(b => b.Member == member.Id && b.Process == process.Id)?.Bid;
                var crossingClash = process.CrossesLevels && team.Count == 1 && (team[0] == MemberLevel.Kreis) == (level == MemberLevel.Kreis);
                if (team.Count < process.Slots && bid != Bid.NotApplicable && !crossingClash)
                {
                    claims.Add(new SolverClaim(member.Id, process.Id));
                    claimed[process.Id] = [.. team, level];
                }
            }
        }

        return new AssignmentProblem(members, processes, bids, claims);
    }

    private static List<SolverProcess> RandomRuns(Random random, SolverProcess[] candidates, int processCount)
    {
        var take = Math.Min(candidates.Length, (int)Math.Round(processCount * (0.10 + (random.NextDouble() * 0.10))));
        for (var i = 0; i < take; i++)
        {
            var j = random.Next(i, candidates.Length);
            (candidates[i], candidates[j]) = (candidates[j], candidates[i]);
        }

        return [.. candidates.Take(take)];
    }

    private static Bid RandomBid(Random random) => random.Next(20) switch
    {
        < 7 => Bid.Want,
        < 11 => Bid.Can,
        < 17 => Bid.RatherNot,
        _ => Bid.NotApplicable,
    };

    private static List<SolverBid> Valid(List<SolverBid> bids, List<SolverClaim> claims) =>
        [.. bids.Where(b => !(b.Bid == Bid.NotApplicable && claims.Any(c => c.Member == b.Member && c.Process == b.Process)))];
}
