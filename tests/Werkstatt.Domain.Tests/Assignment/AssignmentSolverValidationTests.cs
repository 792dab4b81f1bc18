using Werkstatt.Domain.Assignment;
using Werkstatt.Domain.Network;
using static Werkstatt.Domain.Tests.Assignment.Problems;
using static Werkstatt.Domain.Tests.Support.RuleAssert;

namespace Werkstatt.Domain.Tests.Assignment;

/// <summary>Invalid input is refused with one German message that names the id.</summary>
public class AssignmentSolverValidationTests
{
    private static readonly SolverMember K = Kreis("k1", 2);
    private static readonly SolverMember S = Stadt("s1", 1);
    private static readonly SolverProcess P = Process("p1", slots: 2, crosses: true);

    public static TheoryData<string, string, string> Refusals() => new()
    {
        { "doppelte Verwaltung", "AssignmentIdsMustBeUnique", "Die Kennung „k1“ kommt bei den Verwaltungen mehrfach vor." },
        { "doppelter Prozess", "AssignmentIdsMustBeUnique", "Die Kennung „p1“ kommt bei den Prozessen mehrfach vor." },
        { "leere Kennung", "AssignmentIdMustBeGiven", "Jede Verwaltung braucht eine Kennung." },
        { "negative Kapazität", "CapacityMustNotBeNegative", "Die Kapazität der Verwaltung „k1“ darf nicht negativ sein (-1)." },
        { "negative Historie", "HistoryMustNotBeNegative", "Die bisherigen Zuteilungen und Angebote der Verwaltung „k1“ dürfen nicht negativ sein (-2 von 4)." },
        { "unbekannte Ebene", "MemberLevelMustBeKnown", "Die Verwaltung „k1“ hat keine gültige Ebene (Kreis, Stadt oder Gemeinde)." },
        { "drei Plätze", "ProcessNeedsOneOrTwoModellers", "Der Prozess „p1“ braucht 1 oder 2 Modellierende, nicht 3." },
        { "null Plätze", "ProcessNeedsOneOrTwoModellers", "Der Prozess „p1“ braucht 1 oder 2 Modellierende, nicht 0." },
        { "Gebot unbekannte Verwaltung", "AssignmentIdsMustBeKnown", "Ein Gebot nennt die unbekannte Verwaltung „x9“." },
        { "Gebot unbekannter Prozess", "AssignmentIdsMustBeKnown", "Das Gebot der Verwaltung „k1“ nennt den unbekannten Prozess „p9“." },
        { "doppeltes Gebot", "OneBidPerMemberAndProcess", "Die Verwaltung „k1“ hat für den Prozess „p1“ mehr als ein Gebot abgegeben." },
        { "Meldung unbekannte Verwaltung", "AssignmentIdsMustBeKnown", "Eine Meldung nennt die unbekannte Verwaltung „x9“." },
        { "Meldung unbekannter Prozess", "AssignmentIdsMustBeKnown", "Die Meldung der Verwaltung „k1“ nennt den unbekannten Prozess „p9“." },
        { "doppelte Meldung", "MemberCannotTakeAProcessTwice", "Die Verwaltung „k1“ hat sich für den Prozess „p1“ mehrfach gemeldet – niemand modelliert einen Prozess doppelt." },
        { "Meldung über Kapazität", "ClaimsMustNotExceedTheCapacity", "Die Verwaltung „s1“ hat sich für 2 Prozesse gemeldet, aber nur Kapazität für 1." },
        { "Meldung über Plätze", "ClaimsMustNotExceedTheSlots", "Für den Prozess „p2“ liegen 2 Meldungen vor, er hat aber nur 1 Platz." },
        { "Meldung falsche Ebene", "ClaimMustRespectTheHardConstraints", "Die Verwaltung „k1“ kann sich nicht für den Prozess „p3“ melden: der Prozess ist nicht für die Ebene Kreis vorgesehen." },
        { "Meldung betrifft uns nicht", "ClaimMustRespectTheHardConstraints", "Die Verwaltung „k1“ kann sich nicht für den Prozess „p1“ melden: sie hat „betrifft uns nicht“ angegeben." },
        { "Meldung nicht geführt", "ClaimMustRespectTheHardConstraints", "Die Verwaltung „g1“ kann sich nicht für den Prozess „p1“ melden: sie führt den Prozess nicht." },
        { "zwei Kreise ebenenübergreifend", "CrossingProcessNeedsAKreisAndATown", "Der Prozess „p1“ ist ebenenübergreifend und braucht einen Kreis und eine Stadt oder Gemeinde; gemeldet haben sich „k1“ und „k2“ (beide Kreise)." },
        { "unbekanntes Gebot", "BidMustBeKnown", "Das Gebot der Verwaltung „k1“ für den Prozess „p1“ ist unbekannt." },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public void Invalid_input_is_refused_with_a_german_message_naming_the_id(string @case, string rule, string message)
    {
        var violation = AssertBrokenRule(rule, () => AssignmentSolver.Solve(Invalid(@case)));

        Assert.Equal(message, violation.Message);
    }

    [Fact]
    public void An_instance_too_large_for_exact_weights_is_refused_rather_than_overflowing()
    {
        var members = Enumerable.Range(0, 40).Select(i => Stadt($"s{i}", 1, assigned: int.MaxValue - 1, offered: 0)).ToList();
        var processes = Enumerable.Range(0, 40).Select(i => Process($"p{i}")).ToList();
        var bids = members.SelectMany(m => processes.Select(p => Says(m.Id, p.Id, Bid.RatherNot)));

        var violation = AssertBrokenRule("AssignmentMustBeComputableExactly", () => AssignmentSolver.Solve(Problem(members, processes, bids)));

        Assert.StartsWith("Die Zuteilung ist zu groß, um sie exakt zu berechnen", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Runs_may_name_processes_of_other_werkstaetten()
    {
        var solution = AssignmentSolver.Solve(Problem([Stadt("s1", 1, runs: ["p1", "anderswo"])], [Process("p1")]));

        Assert.Equal("p1: s1", Teams(solution));
    }

    private static AssignmentProblem Invalid(string @case) => @case switch
    {
        "doppelte Verwaltung" => Problem([K, Kreis("k1", 1)], [P]),
        "doppelter Prozess" => Problem([K], [P, Process("p1")]),
        "leere Kennung" => Problem([K, Stadt(" ", 1)], [P]),
        "negative Kapazität" => Problem([Kreis("k1", -1)], [P]),
        "negative Historie" => Problem([Kreis("k1", 1, assigned: -2, offered: 4)], [P]),
        "unbekannte Ebene" => Problem([K with { Level = (MemberLevel)7 }], [P]),
        "drei Plätze" => Problem([K], [P with { Slots = 3 }]),
        "null Plätze" => Problem([K], [P with { Slots = 0 }]),
        "Gebot unbekannte Verwaltung" => Problem([K], [P], bids: [Says("x9", "p1", Bid.Want)]),
        "Gebot unbekannter Prozess" => Problem([K], [P], bids: [Says("k1", "p9", Bid.Want)]),
        "doppeltes Gebot" => Problem([K], [P], bids: [Says("k1", "p1", Bid.Want), Says("k1", "p1", Bid.Can)]),
        "Meldung unbekannte Verwaltung" => Problem([K], [P], claims: [Claim("x9", "p1")]),
        "Meldung unbekannter Prozess" => Problem([K], [P], claims: [Claim("k1", "p9")]),
        "doppelte Meldung" => Problem([K], [P], claims: [Claim("k1", "p1"), Claim("k1", "p1")]),
        "Meldung über Kapazität" => Problem([S], [P, Process("p2")], claims: [Claim("s1", "p1"), Claim("s1", "p2")]),
        "Meldung über Plätze" => Problem([K, S], [P, Process("p2")], claims: [Claim("k1", "p2"), Claim("s1", "p2")]),
        "Meldung falsche Ebene" => Problem([K], [P, Process("p3", 1, false, MemberLevel.Stadt)], claims: [Claim("k1", "p3")]),
        "Meldung betrifft uns nicht" => Problem([K], [P], bids: [Says("k1", "p1", Bid.NotApplicable)], claims: [Claim("k1", "p1")]),
        "Meldung nicht geführt" => Problem([Gemeinde("g1", 1, runs: ["p2"])], [P, Process("p2")], claims: [Claim("g1", "p1")]),
        "zwei Kreise ebenenübergreifend" => Problem([K, Kreis("k2", 1)], [P], claims: [Claim("k1", "p1"), Claim("k2", "p1")]),
        "unbekanntes Gebot" => Problem([K], [P], bids: [Says("k1", "p1", (Bid)9)]),
        _ => throw new ArgumentOutOfRangeException(nameof(@case)),
    };
}
