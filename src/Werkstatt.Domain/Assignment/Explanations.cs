using Werkstatt.Domain.Network;

namespace Werkstatt.Domain.Assignment;

/// <summary>The German reasons shown next to each assignment.</summary>
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

    private string Name(int m) => $"{_problem.Members[m].Level.GermanName()} {_problem.Members[m].Id}";

    private long LoadBefore(int m) => (long)_problem.Members[m].HistoryAssigned + _problem.ClaimedProcesses[m].Length;

    private string Load(int m)
    {
        var load = LoadBefore(m);
        var offered = AssignmentFairness.Offered(_problem.Members[m]);
        var comparison = ((Int128)load * _offeredSum).CompareTo((Int128)_loadSum * offered);
        var word = comparison < 0 ? "unterdurchschnittlich" : comparison == 0 ? "durchschnittlich" : "überdurchschnittlich";
        var assignments = load == 1 ? "1 Zuteilung" : $"{load} Zuteilungen";
        var places = offered == 1 ? "1 angebotenen Platz" : $"{offered} angebotenen Plätzen";
        return $"bisher {word} belastet ({assignments} bei {places})";
    }
}
