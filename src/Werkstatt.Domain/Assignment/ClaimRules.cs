using Werkstatt.Domain.Common;
using Werkstatt.Domain.Network;

namespace Werkstatt.Domain.Assignment;

/// <summary>Claims stay as they are, so each must already respect every hard constraint.</summary>
internal static class ClaimRules
{
    public static void Check(ValidatedProblem problem)
    {
        for (var m = 0; m < problem.MemberCount; m++)
        {
            var member = problem.Members[m];
            foreach (var p in problem.ClaimedProcesses[m])
            {
                CheckEligible(problem, m, p);
            }

            var claimed = problem.ClaimedProcesses[m].Length;
            if (claimed > member.Capacity)
            {
                throw new DomainRuleViolation(
                    "ClaimsMustNotExceedTheCapacity",
                    $"Die Verwaltung „{member.Id}“ hat sich für {claimed} Prozesse gemeldet, aber nur Kapazität für {member.Capacity}.",
                    "Claims");
            }
        }

        for (var p = 0; p < problem.ProcessCount; p++)
        {
            var process = problem.Processes[p];
            var claimants = problem.ClaimingMembers[p];
            if (claimants.Length > process.Slots)
            {
                throw new DomainRuleViolation(
                    "ClaimsMustNotExceedTheSlots",
                    $"Für den Prozess „{process.Id}“ liegen {claimants.Length} Meldungen vor, er hat aber nur {Places(process.Slots)}.",
                    "Claims");
            }

            if (problem.IsSplit(p) && claimants.Length == 2
                && ValidatedProblem.IsTown(problem.Members[claimants[0]].Level) == ValidatedProblem.IsTown(problem.Members[claimants[1]].Level))
            {
                var both = ValidatedProblem.IsTown(problem.Members[claimants[0]].Level) ? "beide Städte oder Gemeinden" : "beide Kreise";
                throw new DomainRuleViolation(
                    "CrossingProcessNeedsAKreisAndATown",
                    $"Der Prozess „{process.Id}“ ist ebenenübergreifend und braucht einen Kreis und eine Stadt oder Gemeinde; gemeldet haben sich „{problem.Members[claimants[0]].Id}“ und „{problem.Members[claimants[1]].Id}“ ({both}).",
                    "Claims");
            }
        }
    }

    internal static string Places(int count) => count == 1 ? "1 Platz" : $"{count} Plätze";

    private static void CheckEligible(ValidatedProblem problem, int m, int p)
    {
        var member = problem.Members[m];
        var process = problem.Processes[p];
        var why = problem.Check(m, p) switch
        {
            Eligibility.WrongLevel => $"der Prozess ist nicht für die Ebene {member.Level.GermanName()} vorgesehen",
            Eligibility.NotApplicable => "sie hat „betrifft uns nicht“ angegeben",
            Eligibility.NotRun => "sie führt den Prozess nicht",
            _ => null,
        };
        if (why is not null)
        {
            throw new DomainRuleViolation("ClaimMustRespectTheHardConstraints", $"Die Verwaltung „{member.Id}“ kann sich nicht für den Prozess „{process.Id}“ melden: {why}.", "Claims");
        }
    }
}
