using Werkstatt.Domain.Common;

namespace Werkstatt.Domain.Staffing.Rules;

/// <summary>The coordinator confirms a proposal, not an empty board.</summary>
public sealed class ConfirmationNeedsAProposalRule(bool proposed) : IBusinessRule
{
    public string Message => "Es gibt noch keinen Vorschlag. Bitte zuerst den Vorschlag berechnen lassen.";

    public bool IsBroken() => !proposed;
}
