using Werkstatt.Domain.Common;

namespace Werkstatt.Domain.Cycle.Rules;

/// <summary>Processes are derived from the result of the vote, so the vote must be closed first.</summary>
public sealed class VotingMustBeClosedBeforeProcessSelectionRule(CycleFacts facts) : IBusinessRule
{
    public string Message => "Die Abstimmung ist noch nicht geschlossen. Bitte zuerst die Abstimmung schließen; erst dann steht das Ergebnis fest.";

    public bool IsBroken() => !facts.VotingClosed;
}
