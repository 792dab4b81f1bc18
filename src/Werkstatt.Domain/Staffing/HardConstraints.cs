using Werkstatt.Domain.Assignment;
using Werkstatt.Domain.Network;
using Werkstatt.Domain.Processes;

namespace Werkstatt.Domain.Staffing;

/// <summary>
/// The hard constraints of the assignment (the solver never breaks them), checked for one change the coordinator
/// makes by hand. Each broken constraint is one German sentence.
/// </summary>
public static class HardConstraints
{
    public static IReadOnlyList<string> ViolatedBy(Process process, BoardMember member, bool assign, IReadOnlyCollection<PlanCell> cells, IReadOnlyDictionary<MemberId, MemberLevel> levels)
    {
        ArgumentNullException.ThrowIfNull(process);
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(cells);
        ArgumentNullException.ThrowIfNull(levels);
        var violations = new List<string>();
        if (!assign)
        {
            if (member.Offer?.HasClaimed(process.Id) == true)
            {
                violations.Add($"{member.Name} hat „{process.Name}“ selbst übernommen (Meldung).");
            }

            return violations;
        }

        if (!process.AppliesTo(member.Level))
        {
            violations.Add($"{member.Name} ist {member.Level.GermanName()}; „{process.Name}“ betrifft {ProcessNames.LevelNames(process.Levels)}.");
        }

        if (member.Offer?.BidOn(process.Id) == Bid.NotApplicable)
        {
            violations.Add($"{member.Name} hat zu „{process.Name}“ „betrifft uns nicht“ angegeben.");
        }

        var load = cells.Count(c => c.MemberId == member.Id) + 1;
        if (load > member.Capacity)
        {
            violations.Add($"{member.Name} hätte dann {load} Prozesse bei einer Kapazität von {member.Capacity}.");
        }

        var others = cells.Where(c => c.ProcessId == process.Id).Select(c => c.MemberId).ToList();
        if (others.Count + 1 > process.ModellersNeeded)
        {
            violations.Add($"„{process.Name}“ hätte dann {others.Count + 1} modellierende Verwaltungen; gebraucht werden {process.ModellersNeeded}.");
        }

        var isKreis = member.Level == MemberLevel.Kreis;
        if (process.NeedsKreisAndTown && others.Any(o => levels.TryGetValue(o, out var level) && (level == MemberLevel.Kreis) == isKreis))
        {
            violations.Add($"„{process.Name}“ ist ebenenübergreifend und braucht einen Kreis und eine Stadt oder Gemeinde.");
        }

        return violations;
    }
}
