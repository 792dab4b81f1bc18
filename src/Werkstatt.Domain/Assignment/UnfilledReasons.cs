using Werkstatt.Domain.Network;

namespace Werkstatt.Domain.Assignment;

/// <summary>
/// Why a slot stays empty, in German: either every member that could take it has no capacity left (the flow is
/// maximal, so this is the only other case), or nobody qualifies, with the count of members per hard constraint.
/// Counting looks only at the members that run an unfilled process, so it stays linear in the input.
/// </summary>
internal sealed class UnfilledReasons
{
    private readonly ValidatedProblem _problem;
    private readonly AssignmentNetwork _network;
    private readonly int[] _perLevel = new int[3];
    private readonly List<int>[] _runners;
    private readonly List<int>[] _notApplicable;
    private readonly List<int> _runAll = [];

    public UnfilledReasons(ValidatedProblem problem, AssignmentNetwork network, ShortestPathFlow flow)
    {
        _problem = problem;
        _network = network;
        var unfilled = new bool[problem.ProcessCount];
        for (var s = 0; s < network.SlotCount; s++)
        {
            unfilled[network.SlotProcess[s]] |= flow.Empty[s] > 0;
        }

        _runners = new List<int>[problem.ProcessCount];
        _notApplicable = new List<int>[problem.ProcessCount];
        for (var p = 0; p < problem.ProcessCount; p++)
        {
            if (unfilled[p])
            {
                _runners[p] = [];
                _notApplicable[p] = [];
            }
        }

        for (var m = 0; m < problem.MemberCount; m++)
        {
            _perLevel[(int)problem.Members[m].Level]++;
            if (problem.Runs[m] is { } runs)
            {
                foreach (var p in runs)
                {
                    _runners[p]?.Add(m);
                }
            }
            else
            {
                _runAll.Add(m);
            }

            for (var i = 0; i < problem.BidProcesses[m].Length; i++)
            {
                if (problem.BidValues[m][i] == Bid.NotApplicable)
                {
                    _notApplicable[problem.BidProcesses[m][i]]?.Add(m);
                }
            }
        }
    }

    public string Reason(int p, int slot, List<int> onProcess)
    {
        var side = _network.SlotSide[slot];
        var levels = _problem.LevelMask[p] & side switch
        {
            SlotSide.Kreis => ValidatedProblem.Bit(MemberLevel.Kreis),
            SlotSide.Town => ValidatedProblem.Bit(MemberLevel.Stadt) | ValidatedProblem.Bit(MemberLevel.Gemeinde),
            _ => 7,
        };
        int wrongLevel = 0, fitting = 0;
        for (var level = 0; level < 3; level++)
        {
            (wrongLevel, fitting) = (levels & (1 << level)) == 0 ? (wrongLevel + _perLevel[level], fitting) : (wrongLevel, fitting + _perLevel[level]);
        }

        // Members that run the process: "not applicable", already on it, or eligible.
        int notApplicable = 0, already = 0, eligible = 0, running = 0;
        foreach (var m in _runners[p].Concat(_runAll))
        {
            if ((levels & ValidatedProblem.Bit(_problem.Members[m].Level)) == 0)
            {
                continue;
            }

            running++;
            if (_problem.BidOf(m, p) == Bid.NotApplicable)
            {
                notApplicable++;
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

        // Members of a fitting level that do not run it: "not applicable" comes first, then "does not run it".
        var notRunningButNotApplicable = _notApplicable[p].Count(m =>
            (levels & ValidatedProblem.Bit(_problem.Members[m].Level)) != 0 && _problem.Runs[m] is { } runs && Array.BinarySearch(runs, p) < 0);
        notApplicable += notRunningButNotApplicable;
        var notRun = fitting - running - notRunningButNotApplicable;
        return Text(side, eligible, wrongLevel, notApplicable, notRun, already);
    }

    private static string Text(SlotSide side, int eligible, int wrongLevel, int notApplicable, int notRun, int already)
    {
        var prefix = side switch
        {
            SlotSide.Kreis => "Platz für einen Kreis: ",
            SlotSide.Town => "Platz für eine Stadt oder Gemeinde: ",
            _ => string.Empty,
        };
        if (eligible > 0)
        {
            return prefix + (eligible == 1
                ? "keine Kapazität mehr frei (1 Verwaltung käme in Frage und ist ausgelastet)"
                : $"keine Kapazität mehr frei ({eligible} Verwaltungen kämen in Frage, alle sind ausgelastet)");
        }

        var parts = new List<string>();
        Count(parts, wrongLevel, "auf einer anderen Ebene", "auf einer anderen Ebene");
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
}
