using Werkstatt.Domain.Common;

namespace Werkstatt.Domain.Assignment;

/// <summary>Checks an <see cref="AssignmentProblem"/> and indexes it; every refusal is a German <see cref="DomainRuleViolation"/> naming the id.</summary>
internal static class ProblemValidation
{
    public static ValidatedProblem Validate(AssignmentProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(problem.Members);
        ArgumentNullException.ThrowIfNull(problem.Processes);
        ArgumentNullException.ThrowIfNull(problem.Bids);
        ArgumentNullException.ThrowIfNull(problem.Claims);

        var members = problem.Members.ToArray();
        foreach (var member in members)
        {
            CheckMember(member);
        }

        var processes = problem.Processes.ToArray();
        foreach (var process in processes)
        {
            CheckProcess(process);
        }

        Array.Sort(members, (a, b) => string.CompareOrdinal(a.Id, b.Id));
        Array.Sort(processes, (a, b) => string.CompareOrdinal(a.Id, b.Id));
        var memberIndex = Index(members.Select(m => m.Id), "den Verwaltungen", "Members");
        var processIndex = Index(processes.Select(p => p.Id), "den Prozessen", "Processes");

        var runs = new int[]?[members.Length];
        var stamps = new int[processes.Length];
        for (var m = 0; m < members.Length; m++)
        {
            runs[m] = members[m].Runs is { } set ? SortedIndices(set, processIndex, stamps, m + 1) : null;
        }

        var (bidProcesses, bidValues) = IndexBids(problem.Bids, memberIndex, processIndex);
        var claims = IndexClaims(problem.Claims, memberIndex, processIndex);
        var validated = new ValidatedProblem
        {
            Members = members,
            Processes = processes,
            MemberIndex = memberIndex,
            ProcessIndex = processIndex,
            LevelMask = [.. processes.Select(p => p.Levels.Aggregate(0, (mask, level) => mask | ValidatedProblem.Bit(level)))],
            BidProcesses = bidProcesses,
            BidValues = bidValues,
            Runs = runs,
            ClaimedProcesses = Group(claims, members.Length, c => c.Member, c => c.Process),
            ClaimingMembers = Group(claims, processes.Length, c => c.Process, c => c.Member),
        };
        ClaimRules.Check(validated);
        return validated;
    }

    private static void CheckMember(SolverMember? member)
    {
        if (member is null || string.IsNullOrWhiteSpace(member.Id))
        {
            throw new DomainRuleViolation("AssignmentIdMustBeGiven", "Jede Verwaltung braucht eine Kennung.", "Members");
        }

        if (!Enum.IsDefined(member.Level))
        {
            throw new DomainRuleViolation("MemberLevelMustBeKnown", $"Die Verwaltung „{member.Id}“ hat keine gültige Ebene (Kreis, Stadt oder Gemeinde).", "Members");
        }

        if (member.Capacity < 0)
        {
            throw new DomainRuleViolation("CapacityMustNotBeNegative", $"Die Kapazität der Verwaltung „{member.Id}“ darf nicht negativ sein ({member.Capacity}).", "Members");
        }

        if (member.HistoryAssigned < 0 || member.HistoryOffered < 0)
        {
            throw new DomainRuleViolation(
                "HistoryMustNotBeNegative",
                $"Die bisherigen Zuteilungen und Angebote der Verwaltung „{member.Id}“ dürfen nicht negativ sein ({member.HistoryAssigned} von {member.HistoryOffered}).",
                "Members");
        }
    }

    private static void CheckProcess(SolverProcess? process)
    {
        if (process is null || string.IsNullOrWhiteSpace(process.Id))
        {
            throw new DomainRuleViolation("AssignmentIdMustBeGiven", "Jeder Prozess braucht eine Kennung.", "Processes");
        }

        if (process.Slots is not (1 or 2))
        {
            throw new DomainRuleViolation("ProcessNeedsOneOrTwoModellers", $"Der Prozess „{process.Id}“ braucht 1 oder 2 Modellierende, nicht {process.Slots}.", "Processes");
        }

        if (process.Levels is null || process.Levels.Any(level => !Enum.IsDefined(level)))
        {
            throw new DomainRuleViolation("MemberLevelMustBeKnown", $"Für den Prozess „{process.Id}“ sind die Ebenen nicht gültig angegeben (Kreis, Stadt, Gemeinde).", "Processes");
        }
    }

    private static Dictionary<string, int> Index(IEnumerable<string> sortedIds, string where, string field)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var id in sortedIds)
        {
            if (!index.TryAdd(id, index.Count))
            {
                throw new DomainRuleViolation("AssignmentIdsMustBeUnique", $"Die Kennung „{id}“ kommt bei {where} mehrfach vor.", field);
            }
        }

        return index;
    }

    private static int[] SortedIndices(IReadOnlySet<string> ids, Dictionary<string, int> index, int[] stamps, int stamp)
    {
        // Runs may list processes of other Werkstätten; only those in this problem matter. Marking and scanning
        // beats sorting when a member runs a good part of the processes.
        var list = new List<int>(Math.Min(ids.Count, index.Count));
        foreach (var id in ids)
        {
            if (id is not null && index.TryGetValue(id, out var at) && stamps[at] != stamp)
            {
                stamps[at] = stamp;
                list.Add(at);
            }
        }

        if ((long)list.Count * 16 < stamps.Length)
        {
            list.Sort();
            return [.. list];
        }

        var sorted = new int[list.Count];
        var next = 0;
        for (var p = 0; p < stamps.Length && next < sorted.Length; p++)
        {
            if (stamps[p] == stamp)
            {
                sorted[next++] = p;
            }
        }

        return sorted;
    }

    private static (int[][] Processes, Bid[][] Values) IndexBids(IReadOnlyList<SolverBid> bids, Dictionary<string, int> members, Dictionary<string, int> processes)
    {
        var seen = new HashSet<(int, int)>();
        var perMember = new List<(int Process, Bid Bid)>?[members.Count];
        foreach (var bid in bids)
        {
            var (m, p) = Resolve(bid?.Member, bid?.Process, members, processes, "Ein Gebot", "Das Gebot");
            if (!Enum.IsDefined(bid!.Bid))
            {
                throw new DomainRuleViolation("BidMustBeKnown", $"Das Gebot der Verwaltung „{bid.Member}“ für den Prozess „{bid.Process}“ ist unbekannt.", "Bids");
            }

            if (!seen.Add((m, p)))
            {
                throw new DomainRuleViolation("OneBidPerMemberAndProcess", $"Die Verwaltung „{bid.Member}“ hat für den Prozess „{bid.Process}“ mehr als ein Gebot abgegeben.", "Bids");
            }

            (perMember[m] ??= []).Add((p, bid.Bid));
        }

        var processIndices = new int[members.Count][];
        var values = new Bid[members.Count][];
        for (var m = 0; m < members.Count; m++)
        {
            var list = perMember[m] ?? [];
            list.Sort((a, b) => a.Process.CompareTo(b.Process));
            processIndices[m] = [.. list.Select(x => x.Process)];
            values[m] = [.. list.Select(x => x.Bid)];
        }

        return (processIndices, values);
    }

    private static List<(int Member, int Process)> IndexClaims(IReadOnlyList<SolverClaim> claims, Dictionary<string, int> members, Dictionary<string, int> processes)
    {
        var seen = new HashSet<(int, int)>();
        var list = new List<(int Member, int Process)>(claims.Count);
        foreach (var claim in claims)
        {
            var pair = Resolve(claim?.Member, claim?.Process, members, processes, "Eine Meldung", "Die Meldung");
            if (!seen.Add(pair))
            {
                throw new DomainRuleViolation(
                    "MemberCannotTakeAProcessTwice",
                    $"Die Verwaltung „{claim!.Member}“ hat sich für den Prozess „{claim.Process}“ mehrfach gemeldet – niemand modelliert einen Prozess doppelt.",
                    "Claims");
            }

            list.Add(pair);
        }

        return list;
    }

    private static (int Member, int Process) Resolve(string? member, string? process, Dictionary<string, int> members, Dictionary<string, int> processes, string some, string the)
    {
        if (member is null || !members.TryGetValue(member, out var m))
        {
            throw new DomainRuleViolation("AssignmentIdsMustBeKnown", $"{some} nennt die unbekannte Verwaltung „{member}“.", some == "Ein Gebot" ? "Bids" : "Claims");
        }

        if (process is null || !processes.TryGetValue(process, out var p))
        {
            throw new DomainRuleViolation("AssignmentIdsMustBeKnown", $"{the} der Verwaltung „{member}“ nennt den unbekannten Prozess „{process}“.", some == "Ein Gebot" ? "Bids" : "Claims");
        }

        return (m, p);
    }

    private static int[][] Group(List<(int Member, int Process)> pairs, int count, Func<(int Member, int Process), int> key, Func<(int Member, int Process), int> value)
    {
        var lists = new List<int>?[count];
        foreach (var pair in pairs)
        {
            (lists[key(pair)] ??= []).Add(value(pair));
        }

        var result = new int[count][];
        for (var i = 0; i < count; i++)
        {
            var list = lists[i] ?? [];
            list.Sort();
            result[i] = [.. list];
        }

        return result;
    }
}
