using Microsoft.EntityFrameworkCore;
using Werkstatt.Domain.Cycle;
using Werkstatt.Domain.Processes;
using Werkstatt.Domain.Staffing;
using Werkstatt.Domain.Voting;
using Werkstatt.Service.Persistence;

namespace Werkstatt.Bench.Load;

/// <summary>After the window, from the database: every ballot and claim there exactly once, no capacity or slot count exceeded.</summary>
public static class LoadVerifier
{
    public static async Task<IReadOnlyList<string>> CheckAsync(string connectionString, LoadPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var problems = new List<string>();
        await using var db = DesignTimeContexts.Create(PostgresWerkstattDbContext.Name, connectionString);
        var voting = plan.Networks.Select(n => new WerkstattId(n.VotingWerkstatt)).ToList();
        var ballots = await db.Set<Ballot>().AsNoTracking().Where(b => voting.Contains(b.WerkstattId)).ToListAsync();
        var byMember = ballots.GroupBy(b => (b.WerkstattId.Value, b.MemberId.Value)).ToDictionary(g => g.Key, g => g.ToList());
        var assignment = plan.Networks.Select(n => new WerkstattId(n.AssignmentWerkstatt)).ToList();
        var offers = (await db.Set<MemberOffer>().AsNoTracking().Where(o => assignment.Contains(o.WerkstattId)).ToListAsync())
            .GroupBy(o => (o.WerkstattId.Value, o.MemberId.Value)).ToDictionary(g => g.Key, g => g.ToList());
        var processes = (await db.Set<Process>().AsNoTracking().Where(p => assignment.Contains(p.WerkstattId)).ToListAsync()).ToDictionary(p => p.Id.Value);
        foreach (var member in plan.Members)
        {
            var mine = byMember.GetValueOrDefault((member.Network.VotingWerkstatt, member.MemberId)) ?? [];
            if (mine.Count != 1 || mine[0].DotsOn(new TopicId(member.TwoDots)) != 2 || mine[0].DotsOn(new TopicId(member.OneDot)) != 1 || mine[0].Dots.Sum(d => d.Dots) != 3)
            {
                problems.Add($"ballot of member {member.MemberId}: {mine.Count} ballot(s), not the one cast");
            }

            var offer = offers.GetValueOrDefault((member.Network.AssignmentWerkstatt, member.MemberId)) ?? [];
            var claimed = offer.SelectMany(o => o.Claims).Select(c => c.ProcessId.Value).Order().ToList();
            if (offer.Count != 1 || !claimed.SequenceEqual(member.Claims.Order()) || claimed.Count > offer[0].Capacity)
            {
                problems.Add($"offer of member {member.MemberId}: {offer.Count} offer(s), claims [{string.Join(", ", claimed)}]");
            }
        }

        foreach (var group in offers.Values.SelectMany(o => o).SelectMany(o => o.Claims).GroupBy(c => c.ProcessId.Value))
        {
            var needed = processes[group.Key].ModellersNeeded;
            if (group.Count() != needed || group.Select(c => c.Slot).Distinct().Count() != group.Count() || group.Any(c => c.Slot < 1 || c.Slot > needed))
            {
                problems.Add($"process {group.Key}: slots [{string.Join(", ", group.Select(c => c.Slot))}] for {needed} modellers");
            }
        }

        if (ballots.Count != plan.Members.Count())
        {
            problems.Add($"{ballots.Count} ballots for {plan.Members.Count()} members");
        }

        return problems;
    }
}
