using Werkstatt.Domain.Common;

namespace Werkstatt.Domain.Staffing.Rules;

/// <summary>Claims made after the proposal must be in it before the coordinator confirms; claims stay as they are.</summary>
public sealed class ConfirmationNeedsAnUpToDateProposalRule(IReadOnlyList<string> missingClaims) : IBusinessRule
{
    public string Message => "Seit dem Vorschlag sind neue Meldungen eingegangen (" + string.Join("; ", missingClaims)
        + "). Bitte den Vorschlag neu berechnen lassen.";

    public bool IsBroken() => missingClaims.Count > 0;
}
