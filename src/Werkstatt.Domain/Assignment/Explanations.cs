using Werkstatt.Domain.Network;

namespace Werkstatt.Domain.Assignment;

/// <summary>The German reasons shown next to each assignment and each slot left empty.</summary>
internal sealed class Explanations
{
    private readonly ValidatedProblem _problem;
    private readonly AssignmentNetwork _network;
    private readonly long _loadSum;
    private readonly long _offeredSum;

    public Explanations(ValidatedProblem problem, AssignmentNetwork network)
    {
        _problem = problem;
        _network = network;
        for (var m = 0; m < problem.MemberCount; m++)
        {
            var offered = AssignmentFairness.Offered(problem.Members[m]);
            if (offered > 0)
            {
                _loadSum += LoadBefore(m);
                _offeredSum += offered;
            }
        }
    }

    public string Claim(int m) => $"{Name(m)}: selbst gemeldet";

    public string Solver(int m, int p, int slot)
    {
        var bid = _problem.BidOf(m, p) switch
        {
            Bid.Want => "Wunsch geäußert",
            Bid.Can => "kann übernehmen",
            Bid.RatherNot => "„lieber nicht“ angegeben, aber sonst blieben mehr Plätze leer oder weniger Wünsche erfüllt",
            _ => "keine Angabe (zählt als „kann“)",
        };
        var process = _problem.Processes[p];
        var open = process.Slots - _problem.ClaimingMembers[p].Length;
        var places = process.Slots == 1 ? "1 von 1 Platz frei" : $"{open} von 2 Plätzen frei";
        var side = _network.SlotSide[slot] switch
        {
            SlotSide.Kreis => " (ebenenübergreifend: Platz für einen Kreis)",
            SlotSide.Town => " (ebenenübergreifend: Platz für eine Stadt oder Gemeinde)",
            _ => string.Empty,
        };
        return $"{Name(m)}: {bid}; {places}{side}; {Load(m)}";
    }

    public string Unfilled(int p, int slot, List<int> onProcess)
    {
        int eligible = 0, level = 0, notApplicable = 0, notRun = 0, already = 0;
        for (var m = 0; m < _problem.MemberCount; m++)
        {
            var why = _problem.Check(m, p);
            if (why == Eligibility.WrongLevel || !Fits(_network.SlotSide[slot], _problem.Members[m].Level))
            {
                level++;
            }
            else if (why == Eligibility.NotApplicable)
            {
                notApplicable++;
            }
            else if (why == Eligibility.NotRun)
            {
                notRun++;
            }
            else if (onProcess.Contains(m))
            {
                already++;
            }
            else
            {
                eligible++;
            }
        }

        var prefix = _network.SlotSide[slot] switch
        {
            SlotSide.Kreis => "Platz für einen Kreis: ",
            SlotSide.Town => "Platz für eine Stadt oder Gemeinde: ",
            _ => string.Empty,
        };
        if (eligible > 0)
        {
            // The flow is maximal, so every member that could still take the slot has no capacity left.
            return prefix + (eligible == 1
                ? "keine Kapazität mehr frei (1 Verwaltung käme in Frage und ist ausgelastet)"
                : $"keine Kapazität mehr frei ({eligible} Verwaltungen kämen in Frage, alle sind ausgelastet)");
        }

        var parts = new List<string>();
        Count(parts, level, "auf einer anderen Ebene", "auf einer anderen Ebene");
        Count(parts, notApplicable, "„betrifft uns nicht“", "„betrifft uns nicht“");
        Count(parts, notRun, "führt den Prozess nicht", "führen den Prozess nicht");
        Count(parts, already, "ist schon dabei", "sind schon dabei");
        return prefix + "niemand kommt in Frage (Ebene/betrifft uns nicht)" + (parts.Count == 0 ? ": keine Verwaltungen erfasst" : ": " + string.Join(", ", parts));
    }

    private static void Count(List<string> parts, int count, string one, string many)
    {
        if (count > 0)
        {
            parts.Add($"{count} {(count == 1 ? one : many)}");
        }
    }

    private static bool Fits(SlotSide side, MemberLevel level) => side switch
    {
        SlotSide.Kreis => level == MemberLevel.Kreis,
        SlotSide.Town => level != MemberLevel.Kreis,
        _ => true,
    };

    private string Name(int m) => $"{_problem.Members[m].Level.GermanName()} {_problem.Members[m].Id}";

    private long LoadBefore(int m) => (long)_problem.Members[m].HistoryAssigned + _problem.ClaimedProcesses[m].Length;

    private string Load(int m)
    {
        var load = LoadBefore(m);
        var offered = AssignmentFairness.Offered(_problem.Members[m]);
        var comparison = ((Int128)load * _offeredSum).CompareTo((Int128)_loadSum * offered);
        var word = comparison < 0 ? "unterdurchschnittlich" : comparison == 0 ? "durchschnittlich" : "überdurchschnittlich";
        var assignments = load == 1 ? "1 Zuteilung" : $"{load} Zuteilungen";
        return $"bisher {word} belastet ({assignments} bei {offered} angebotenen Plätzen)";
    }
}
